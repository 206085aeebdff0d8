export type SnippetPart = { text: string; match: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A short excerpt of `text` around its first match, split into matching and plain parts so the
 * page can mark the matches without building HTML. Words in `wholeWords` only match as whole words.
 */
export function snippetParts(text: string, terms: readonly string[], options: { wholeWords?: readonly string[]; radius?: number } = {}): SnippetPart[] {
  const radius = options.radius ?? 80;
  const whole = new Set(options.wholeWords ?? []);
  const alternatives = [...terms]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((term) => (whole.has(term) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])` : escapeRegExp(term)));
  if (alternatives.length === 0) return [{ text: text.slice(0, radius * 2), match: false }];
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  const first = new RegExp(pattern.source, 'iu').exec(text);
  const start = first ? Math.max(0, first.index - radius / 2) : 0;
  const end = Math.min(text.length, start + radius * 2);
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });
  let cursor = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > cursor) parts.push({ text: window.slice(cursor, match.index), match: false });
    parts.push({ text: match[0], match: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < window.length) parts.push({ text: window.slice(cursor), match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
