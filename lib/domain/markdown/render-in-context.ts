import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { cutIntoBlocks, type FootnoteIds } from './cut-rendered-blocks.ts';
import { parseDocument } from './parse.ts';
import { renderAsPlainText } from './render-as-plain-text.ts';

/** A piece of a document (a segment's text, a translation) and the whitespace before it in the document. */
export interface MarkdownPiece {
  before: string;
  text: string;
}

/** The renderer's plugins, in two stages: what needs the whole document, and what each block needs. */
export interface RenderStages {
  /** mdast → hast with the Markdown's positions, for the whole document at once. */
  toHast(tree: MdastRoot, markdown: string): HastRoot;
  /** hast of one piece → safe HTML. */
  toHtml(tree: HastRoot): string;
  footnoteIds: FootnoteIds;
}

/**
 * The HTML of each piece as it stands in the document the pieces make: references resolved by
 * definitions anywhere, footnotes numbered and linked across pieces, list items numbered and spaced as
 * in their list, indentation as written. A piece that renders nothing (a link definition) gives ''.
 * A document past MARKDOWN_LIMITS, which imports refuse, or nested deeper than the tree transforms'
 * stack allows, is rendered piece by piece, and a piece past them is shown as its escaped text.
 */
export function renderInContext(pieces: readonly MarkdownPiece[], stages: RenderStages, chunkLines?: number): string[] {
  const { markdown, pieceStarts } = joinPieces(pieces);
  return renderWhole(markdown, pieceStarts, stages, chunkLines) ?? renderEachAlone(pieces, stages);
}

/**
 * Each piece's HTML, or null when the document is past the limits or overflows the stack. The tree
 * transforms recurse, and Markdown nested thousands deep in a way the limits do not see exhausts
 * their stack: only running them tells, so the overflow is caught here rather than guarded before.
 */
function renderWhole(markdown: string, pieceStarts: number[], stages: RenderStages, chunkLines: number | undefined): string[] | null {
  try {
    const tree = parseDocument(markdown, chunkLines);
    if (tree === null) return null;
    return cutIntoBlocks(stages.toHast(tree, markdown), pieceStarts, stages.footnoteIds).map((block) => {
      const html = block.children.length === 0 ? '' : stages.toHtml(block);
      return html.trim() === '' ? '' : html;
    });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function renderEachAlone(pieces: readonly MarkdownPiece[], stages: RenderStages): string[] {
  if (pieces.length === 1) return [renderAsPlainText(pieces[0]!.text)];
  return pieces.map((piece) => renderInContext([piece], stages)[0]!);
}

/** A byte order mark opening the document is no content: micromark drops it, and so offsets here. */
function joinPieces(pieces: readonly MarkdownPiece[]): { markdown: string; pieceStarts: number[] } {
  const texts = pieces.flatMap((piece) => [piece.before, piece.text]);
  const first = texts.findIndex((text) => text !== '');
  if (first !== -1 && texts[first]!.startsWith('\uFEFF')) texts[first] = texts[first]!.slice(1);
  const pieceStarts: number[] = [];
  let length = 0;
  pieces.forEach((_piece, index) => {
    pieceStarts.push(length);
    length += texts[2 * index]!.length + texts[2 * index + 1]!.length;
  });
  return { markdown: texts.join(''), pieceStarts };
}
