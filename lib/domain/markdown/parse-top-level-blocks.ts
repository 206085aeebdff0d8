import { parse, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, Extension } from 'micromark-util-types';
import { collapseBlankLines } from './collapse-blank-lines.ts';
import { scanMarkdownStructure } from './markdown-limits.ts';
import { mathSyntax } from './math-syntax.ts';
import { linearSetextHeadings } from './setext-headings.ts';

/** The micromark token types that become top-level mdast nodes (the root's children). */
const BLOCK_TYPES = [
  'atxHeading',
  'setextHeading',
  'paragraph',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'table',
  'gfmFootnoteDefinition',
  'definition',
  'codeFenced',
  'codeIndented',
  'htmlFlow',
  'mathFlow',
  'thematicBreak',
  'yaml',
  'toml',
] as const;

export type BlockType = (typeof BLOCK_TYPES)[number];

/** A top-level block with offsets into the whole document. */
export interface TopLevelBlock {
  type: BlockType;
  start: number;
  end: number;
  /** Where each item of a list starts; empty for other blocks. */
  itemStarts: number[];
}

const DEFAULT_CHUNK_SIZE = 8_192;
/**
 * micromark moves all events of a chunk each time a list or quote inside a list ends, so a chunk of
 * many short lines costs the square of its lines; a chunk also ends after this many lines.
 */
const CHUNK_LINES = 64;
const GROWTH_NESTED_ENDS = 64;

// GFM's autolinks, strikethrough and task list checks are inline only, so only the extensions with
// block constructs are loaded.
const BODY_EXTENSIONS: Extension[] = [gfmFootnote(), gfmTable(), mathSyntax, linearSetextHeadings];
// Front matter is only front matter at the very start of the file (remark-gfm, then remark-frontmatter, then remark-math).
const DOCUMENT_START_EXTENSIONS: Extension[] = [gfmFootnote(), gfmTable(), frontmatter(['yaml', 'toml']), mathSyntax, linearSetextHeadings];

const blockTypes = new Set<string>(BLOCK_TYPES);

/**
 * Parses `markdown` (without BOM) into its top-level blocks.
 *
 * micromark's work grows faster than the input (each list item and each end of a list or quote moves
 * events of everything parsed before it), so long documents are parsed in chunks cut at line ends.
 * The last block of a chunk may have been cut short (an unclosed fence, a list that continues), so it
 * is dropped and the next chunk starts at its first line; every block before it ended before that
 * line and parses exactly as in a whole-document parse. A list is cut before its last item instead,
 * as items after the first parse the same at the start of a chunk, so one long list is chunked too.
 * A chunk holding a single block grows until the block ends, at least doubling each time, but by no
 * more than GROWTH_NESTED_ENDS lines that end a list or quote inside another: each of those costs a
 * pass over all of the chunk's events, so a last growth step that took in a whole long list of
 * `- - a` (after a long code block) was quadratic in it.
 */
export function parseTopLevelBlocks(markdown: string, chunkSize = DEFAULT_CHUNK_SIZE): TopLevelBlock[] {
  const { text, originalOffset } = collapseBlankLines(markdown);
  return parseChunks(text, chunkSize).map((block) => ({
    ...block,
    start: originalOffset(block.start),
    end: originalOffset(block.end),
    itemStarts: block.itemStarts.map(originalOffset),
  }));
}

function parseChunks(markdown: string, chunkSize: number): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  const { nestedEndLineStarts } = scanMarkdownStructure(markdown);
  let chunkStart = 0;
  let target: ChunkTarget = { size: chunkSize, lines: CHUNK_LINES, growing: false };
  let chunkEnd = 0;
  while (chunkStart < markdown.length) {
    const grownFrom = chunkEnd;
    chunkEnd = chunkEndAfter(markdown, chunkStart, target);
    if (target.growing) chunkEnd = Math.min(chunkEnd, lineAfterNestedEnds(nestedEndLineStarts, grownFrom, GROWTH_NESTED_ENDS));
    const extensions = chunkStart === 0 ? DOCUMENT_START_EXTENSIONS : BODY_EXTENSIONS;
    const chunk = scanBlocks(markdown.slice(chunkStart, chunkEnd), extensions, chunkStart);
    const last = chunk[chunk.length - 1];
    if (chunkEnd === markdown.length) {
      blocks.push(...chunk);
      break;
    }
    if (!last) {
      chunkStart = chunkEnd;
      continue;
    }
    const lastItemStart = last.itemStarts.length > 1 ? last.itemStarts[last.itemStarts.length - 1] : undefined;
    if (chunk.length < 2 && lastItemStart === undefined) {
      // Twice the lines and twice the characters: a block with a megabyte-long first line grows in one step.
      target = { size: 2 * (chunkEnd - chunkStart), lines: 2 * target.lines, growing: true };
      continue;
    }
    blocks.push(...chunk.slice(0, -1));
    if (lastItemStart !== undefined) blocks.push({ ...last, end: lastItemStart, itemStarts: last.itemStarts.slice(0, -1) });
    chunkStart = lineStartOf(markdown, lastItemStart ?? last.start);
    target = { size: chunkSize, lines: CHUNK_LINES, growing: false };
  }
  return blocks;
}

/** The start of the line with the `count + 1`th nested end after `position`: a chunk ending there holds `count`. */
function lineAfterNestedEnds(lineStarts: number[], position: number, count: number): number {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lineStarts[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return lineStarts[low + count] ?? Infinity;
}

/** A chunk ends after `size` characters or `lines` lines: the first of them, or while growing the last. */
interface ChunkTarget {
  size: number;
  lines: number;
  growing: boolean;
}

/** The top-level blocks of `text` by micromark's events, with offsets moved by `offset`. */
function scanBlocks(text: string, extensions: Extension[], offset: number): TopLevelBlock[] {
  const preprocessor = preprocess();
  // The first call would drop a leading U+FEFF as a byte order mark, but a chunk is never the file start.
  preprocessor('', undefined, false);
  const events = parse({ extensions }).document().write(preprocessor(text, undefined, true));
  tokenizeBlockContent(events);
  const blocks: TopLevelBlock[] = [];
  let depth = 0;
  for (const [action, token] of events) {
    // `content` only groups the definitions and the paragraph of one run of lines; mdast has no node for it.
    if (token.type === 'content') continue;
    if (action === 'exit') {
      depth--;
      continue;
    }
    if (depth === 0 && blockTypes.has(token.type)) {
      blocks.push({
        type: token.type as BlockType,
        start: offset + token.start.offset,
        end: offset + token.end.offset,
        itemStarts: [],
      });
    } else if (depth === 1 && token.type === 'listItemPrefix') {
      // Directly inside a top-level list: nested lists and lists in quotes are deeper.
      blocks[blocks.length - 1]?.itemStarts.push(offset + token.start.offset);
    }
    depth++;
  }
  return blocks;
}

/**
 * micromark's `postprocess` without inline parsing: the document's events hold the lines of each
 * container's flow, and the lines of each paragraph-like run (which may turn out to be definitions),
 * which are tokenized here. Text and strings inside blocks (inline content, fence info) never change
 * where a block starts, so they stay untokenized, which spares a tokenizer for every one of them.
 */
function tokenizeBlockContent(events: Event[]) {
  do {
    for (const [, token] of events) {
      if (token.contentType === 'text' || token.contentType === 'string') delete token.contentType;
    }
  } while (!subtokenize(events));
}

const LINE_ENDING = /\r\n?|\n/g;

/** The end of the line at which a chunk from `start` reaches its target. */
function chunkEndAfter(text: string, start: number, target: ChunkTarget): number {
  let end = start;
  LINE_ENDING.lastIndex = start;
  for (let lines = 0; ; lines++) {
    const linesReached = lines >= target.lines;
    const sizeReached = end >= start + target.size;
    if (target.growing ? linesReached && sizeReached : linesReached || sizeReached) return end;
    const ending = LINE_ENDING.exec(text);
    if (!ending) return text.length;
    end = ending.index + ending[0].length;
  }
}

/** Moves back over the indentation before `position` when nothing else precedes it on its line. */
export function lineStartOf(text: string, position: number): number {
  let index = position;
  while (index > 0 && (text[index - 1] === ' ' || text[index - 1] === '\t')) index--;
  return index === 0 || text[index - 1] === '\n' || text[index - 1] === '\r' ? index : position;
}
