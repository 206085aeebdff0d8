import { closesMathAfterContent } from './math-flow.ts';

/** A fenced code or math block, or an HTML block that runs to an end marker: nothing inside is Markdown. */
export interface RawBlock {
  /** The containers it is in: a line with fewer closes it, as it cannot be continued lazily. */
  depth: number;
  endsOn(line: string): boolean;
}

const HTML_BLOCKS: Array<{ start: RegExp; end: RegExp }> = [
  { start: /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
  { start: /^<![A-Za-z]/, end: />/ },
];

/**
 * The raw block that `line` (a line's content, after its containers) opens, or null: a code fence,
 * remark-math's math fence, or one of CommonMark's HTML blocks of kinds 1 to 5. Only what surely
 * opens one counts (`indent` of four or more makes indented code instead), so that no Markdown is
 * taken for a raw block and let past the limits unchecked.
 */
export function openRawBlock(line: string, indent: number, depth: number): RawBlock | null {
  if (indent >= 4) return null;
  const fence = openFence(line, depth);
  if (fence) return fence;
  if (!line.startsWith('<')) return null;
  const html = HTML_BLOCKS.find((kind) => kind.start.test(line));
  // An HTML block can end on its first line (`<!-- note -->`).
  return html && !html.end.test(line) ? { depth, endsOn: (next) => html.end.test(next) } : null;
}

/**
 * Code fences (three or more backticks or tildes) and math fences (two or more dollar signs), which
 * a line ending in as many dollars also closes (see math-flow.ts).
 */
function openFence(line: string, depth: number): RawBlock | null {
  const marker = line[0];
  if (marker !== '`' && marker !== '~' && marker !== '$') return null;
  const length = runLength(line, marker);
  if (length < (marker === '$' ? 2 : 3) || (marker !== '~' && line.includes(marker, length))) return null;
  return {
    depth,
    endsOn: (next) => {
      const trimmed = next.trimStart();
      const closing = runLength(trimmed, marker);
      if (closing >= length && /^[ \t]*$/.test(trimmed.slice(closing))) return true;
      return marker === '$' && closesMathAfterContent(next, length);
    },
  };
}

function runLength(text: string, character: string): number {
  let length = 0;
  while (length < text.length && text[length] === character) length++;
  return length;
}
