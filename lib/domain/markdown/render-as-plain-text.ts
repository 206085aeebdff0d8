/** Markdown shown as its own text, escaped: what the renderers show of a text past the input guard. */
export function renderAsPlainText(markdown: string): string {
  const escaped = markdown
    .replace(/&/g, '&#x26;')
    .replace(/</g, '&#x3c;')
    .replace(/>/g, '&#x3e;')
    .replace(/"/g, '&#x22;')
    .replace(/'/g, '&#x27;');
  return `<pre>${escaped}</pre>`;
}
