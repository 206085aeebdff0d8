import { scanMarkdownStructure } from './markdown-limits.ts';

/**
 * Block quotes and lists ending inside others that the editor's preview takes in one text. Each
 * costs the parser a pass over the text's events so far; segmenting and the reader's rendering parse
 * in chunks, but the preview parses a text whole (500: under a second for the worst shapes; a
 * translation of 50,000 characters could otherwise hold 8,000 and take a minute).
 */
export const MAX_NESTED_ENDS_TO_RENDER = 500;

/**
 * The Markdown the preview should parse, or null when it should show the text as it is: nested past
 * MARKDOWN_LIMITS (which imports refuse) or past MAX_NESTED_ENDS_TO_RENDER. Blank lines at the end
 * change nothing unless a fence, math or HTML block is left open (then they are its content), yet
 * the parser spends microseconds on each, so they go.
 */
export function markdownToRender(markdown: string): string | null {
  const structure = scanMarkdownStructure(markdown);
  if (structure.problem || structure.nestedEnds > MAX_NESTED_ENDS_TO_RENDER) return null;
  return structure.endsInsideRawBlock ? markdown : withoutTrailingBlankLines(markdown);
}

/** The text up to the end of its last line that is not blank. */
export function withoutTrailingBlankLines(markdown: string): string {
  let contentEnd = markdown.length;
  while (contentEnd > 0 && ' \t\r\n'.includes(markdown[contentEnd - 1]!)) contentEnd--;
  const lineEnd = /\r\n?|\n/.exec(markdown.slice(contentEnd));
  return lineEnd ? markdown.slice(0, contentEnd + lineEnd.index + lineEnd[0].length) : markdown;
}

/** Markdown shown as its own text, escaped. */
export function renderAsPlainText(markdown: string): string {
  const escaped = markdown
    .replace(/&/g, '&#x26;')
    .replace(/</g, '&#x3c;')
    .replace(/>/g, '&#x3e;')
    .replace(/"/g, '&#x22;')
    .replace(/'/g, '&#x27;');
  return `<pre>${escaped}</pre>`;
}
