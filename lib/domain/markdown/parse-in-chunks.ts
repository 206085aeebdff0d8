import type { List, Nodes, Root } from 'mdast';
import { withoutTrailingBlankLines } from './collapse-blank-lines.ts';
import { lineStartOf, parseTopLevelBlocks, type TopLevelBlock } from './parse-top-level-blocks.ts';

/** Where one parse of the document starts and ends, at the start of a top-level block or list item. */
interface Chunk {
  start: number;
  end: number;
  /** Line endings before `start`. */
  linesBefore: number;
}

/**
 * Each end of a list or quote inside another makes micromark move every event of the text parsed so
 * far, so the work on a whole article parsed at once grows with the square of its quoted lists.
 * Parsing 64 lines at a time keeps the work linear, as for segmenting.
 */
const CHUNK_LINES = 64;

/**
 * The mdast of a whole document, parsed a few top-level blocks at a time and joined into one tree:
 * what parsing it at once gives, with linear work. A chunk cut inside a long list continues it (its
 * items are joined to the list, which is loose if any of its items are apart), and references and
 * footnote calls in one chunk to definitions in another are parsed as such: micromark only takes
 * `[label]` for a reference when the label is defined in the text it parses, so a chunk is parsed
 * with stand-in definitions of the labels it may use that other chunks define, which are dropped from
 * its tree. Top-level definitions are known before parsing; one inside a quote or list item is found
 * by parsing its chunk, and the chunks that may use it are parsed again.
 */
export function parseInChunks(markdown: string, parse: (text: string) => Root, chunkLines = CHUNK_LINES): Root {
  const { chunks, definitions } = planChunks(markdown, chunkLines);
  if (chunks.length === 1) return parse(markdown);
  const texts = chunks.map((chunk) => markdown.slice(chunk.start, chunk.end));
  const parseWith = (index: number, definedIn: DefinedIn) =>
    parseChunk(markdown, chunks[index]!, index, chunks.length, definitionsFromElsewhere(texts[index]!, index, definedIn), parse);
  const known = indexDefinitions(definitions);
  const parsed = chunks.map((_chunk, index) => parseWith(index, known));
  const found = indexDefinitions(parsed.map((chunk) => chunk.definitions));
  if ([...found.keys()].some((key) => !known.has(key))) {
    parsed.forEach((_chunk, index) => {
      if (definitionsFromElsewhere(texts[index]!, index, found) !== definitionsFromElsewhere(texts[index]!, index, known)) parsed[index] = parseWith(index, found);
    });
  }
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(markdown) } };
  for (const { tree } of parsed) {
    const [first, ...rest] = tree.children;
    const previous = root.children[root.children.length - 1];
    if (previous?.type === 'list' && first?.type === 'list' && isSameList(previous, first, markdown)) {
      joinLists(previous, first, markdown);
      root.children.push(...rest);
    } else {
      root.children.push(...tree.children);
    }
  }
  return root;
}

/** For each definition (`link:` or `footnote:` and its identifier), the chunks that hold one. */
type DefinedIn = Map<string, Set<number>>;

function indexDefinitions(byChunk: ReadonlyArray<ReadonlySet<string>>): DefinedIn {
  const definedIn: DefinedIn = new Map();
  byChunk.forEach((keys, index) => {
    for (const key of keys) definedIn.set(key, (definedIn.get(key) ?? new Set()).add(index));
  });
  return definedIn;
}

/**
 * Chunks start where a block or list item starts and parses as it does in the whole document: not
 * after an indented code block, after which micromark lets no list but one starting at 1 begin, and
 * not on the line after a definition, which continues the definition's paragraph-like run of lines.
 */
function planChunks(markdown: string, chunkLines: number): { chunks: Chunk[]; definitions: Array<Set<string>> } {
  const whole: Chunk = { start: 0, end: markdown.length, linesBefore: 0 };
  if (countLineEndings(markdown, 0, markdown.length) < chunkLines) return { chunks: [whole], definitions: [] };
  const blocks = parseTopLevelBlocks(markdown);
  const cuts: number[] = [];
  let previous: TopLevelBlock | undefined;
  for (const block of blocks) {
    const isClean =
      previous?.type !== 'codeIndented' && (previous?.type !== 'definition' || countLineEndings(markdown, previous.end, block.start) > 1);
    if (isClean) cuts.push(lineStartOf(markdown, block.start));
    for (const itemStart of block.itemStarts.slice(1)) cuts.push(lineStartOf(markdown, itemStart));
    previous = block;
  }
  const chunks: Chunk[] = [];
  let chunk = whole;
  let lines = 0;
  let counted = 0;
  for (const cut of cuts) {
    lines += countLineEndings(markdown, counted, cut);
    counted = cut;
    if (lines - chunk.linesBefore < chunkLines || cut <= chunk.start) continue;
    chunks.push({ ...chunk, end: cut });
    chunk = { start: cut, end: markdown.length, linesBefore: lines };
  }
  chunks.push(chunk);
  const definitions = chunks.map(() => new Set<string>());
  let index = 0;
  for (const block of blocks) {
    while (block.start >= chunks[index]!.end) index++;
    const key = definitionKey(block, markdown);
    if (key) definitions[index]!.add(key);
  }
  return { chunks, definitions };
}

const DEFINITION_LABEL = /^\[((?:[^[\]\\]|\\[\s\S]){1,999})\]:/;

/** The definition a top-level block makes, as `link:` or `footnote:` and its identifier. */
function definitionKey(block: TopLevelBlock, markdown: string): string | undefined {
  if (block.type !== 'definition' && block.type !== 'gfmFootnoteDefinition') return undefined;
  const label = DEFINITION_LABEL.exec(markdown.slice(block.start, Math.min(block.end, block.start + 1_010)))?.[1];
  if (label === undefined) return undefined;
  return block.type === 'definition' ? `link:${identifierOf(label)}` : `footnote:${identifierOf(label.slice(1))}`;
}

interface ParsedChunk {
  tree: Root;
  /** The link and footnote definitions in the chunk, as `link:` or `footnote:` and their identifier. */
  definitions: Set<string>;
}

/**
 * A chunk after the first starts after a blank line, so `---` there is never taken for front matter.
 * Stand-in definitions go after a chunk, where every block before them has ended, except after the
 * last, which may end inside a fence: they go before it there, closed by an empty HTML comment, or an
 * indented first block of the chunk would continue a stand-in footnote definition.
 */
const CLOSE_STUBS = '<!---->\n';

function parseChunk(markdown: string, chunk: Chunk, index: number, count: number, stubs: string, parse: (text: string) => Root): ParsedChunk {
  const isLast = index === count - 1;
  const prefix = index === 0 ? '' : `${isLast && stubs ? stubs + CLOSE_STUBS : ''}\n`;
  const text = markdown.slice(chunk.start, chunk.end);
  const body = isLast ? text : withoutTrailingBlankLines(text);
  const suffix = !isLast && stubs ? `\n\n${stubs}` : '';
  const tree = parse(prefix + body + suffix);
  tree.children = tree.children.filter((node) => {
    const offset = node.position?.start.offset ?? prefix.length;
    return offset >= prefix.length && offset < prefix.length + body.length;
  });
  const definitions = new Set<string>();
  const shift = { offset: chunk.start - prefix.length, line: chunk.linesBefore - countLineEndings(prefix, 0, prefix.length) };
  walk(tree, (node) => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset !== undefined) point.offset += shift.offset;
        point.line += shift.line;
      }
    }
    if (node.type === 'definition') definitions.add(`link:${node.identifier}`);
    if (node.type === 'footnoteDefinition') definitions.add(`footnote:${node.identifier}`);
  });
  return { tree, definitions };
}

/** A label between brackets: no unescaped bracket inside, at most 999 characters (CommonMark). */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** Stand-in definitions for the labels chunk `index` (`text`) may use that only other chunks define, or ''. */
function definitionsFromElsewhere(text: string, index: number, definedIn: DefinedIn): string {
  const stubs = new Set<string>();
  const wanted = (key: string) => {
    const chunks = definedIn.get(key);
    return chunks !== undefined && !chunks.has(index);
  };
  for (const [, label] of text.matchAll(BRACKETED)) {
    const identifier = identifierOf(label!);
    if (wanted(`link:${identifier}`)) stubs.add(`[${identifier}]: #\n`);
    if (label!.startsWith('^') && wanted(`footnote:${identifierOf(label!.slice(1))}`)) stubs.add(`[^${identifierOf(label!.slice(1))}]: #\n`);
  }
  return [...stubs].join('');
}

/** mdast's `identifier` of a label, as micromark-util-normalize-identifier and mdast make it. */
function identifierOf(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

/**
 * Lists that follow one another are one list when their items have the same kind of marker (`-`, `*`
 * or `+`; `.` or `)` after a number): CommonMark starts a new list only when the marker changes.
 */
function isSameList(list: List, next: List, markdown: string): boolean {
  const marker = (of: List) => {
    const offset = of.children[0]?.position?.start.offset;
    return offset === undefined ? undefined : /^(?:[-*+]|\d{1,9}[.)])/.exec(markdown.slice(offset, offset + 10))?.[0].replace(/\d+/, '1');
  };
  return list.ordered === next.ordered && marker(list) !== undefined && marker(list) === marker(next);
}

/** A list is loose when any of its items are, or a blank line stands between two of them. */
function joinLists(list: List, continuation: List, markdown: string) {
  const lastEnd = list.children[list.children.length - 1]?.position?.end.offset;
  const nextStart = continuation.children[0]?.position?.start.offset;
  const apart = lastEnd !== undefined && nextStart !== undefined && countLineEndings(markdown, lastEnd, nextStart) > 1;
  list.spread = Boolean(list.spread || continuation.spread || apart);
  list.children.push(...continuation.children);
  if (list.position && continuation.position) list.position.end = continuation.position.end;
}

/** Depth-first, without recursion: a tree may nest hundreds deep. */
function walk(tree: Root, visit: (node: Nodes) => void) {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
}

const LINE_ENDING = /\r\n?|\n/g;

function countLineEndings(text: string, from: number, to: number): number {
  let count = 0;
  LINE_ENDING.lastIndex = from;
  for (let match = LINE_ENDING.exec(text); match && match.index < to; match = LINE_ENDING.exec(text)) count++;
  return count;
}

function endPoint(markdown: string) {
  const lastLineStart = Math.max(markdown.lastIndexOf('\n'), markdown.lastIndexOf('\r')) + 1;
  return { line: countLineEndings(markdown, 0, markdown.length) + 1, column: markdown.length - lastLineStart + 1, offset: markdown.length };
}
