import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { assertWithinMarkdownLimits, canParseForImage, markdownToRender } from './markdown-limits.ts';
import { remarkMathSyntax } from './math-syntax.ts';
import { parseInChunks } from './parse-in-chunks.ts';
import { parseTopLevelBlocks, type TopLevelBlock } from './parse-top-level-blocks.ts';
import { linearSetextHeadings } from './setext-headings.ts';

/*
 * The one way into the Markdown parser for segmenting, aligning and rendering: every entry runs the
 * input guard (markdown-limits.ts) on the raw text first, then parses it in linear time (in chunks,
 * see parse-top-level-blocks.ts and parse-in-chunks.ts). The editor's preview, which runs in the
 * browser, calls the guard itself (render-preview.ts). One segment's text for the checks and search,
 * which must never be refused, is read by parseSegmentMarkdown (parse-segment.ts, kept apart so the
 * editor's checks, which run in the browser, do not load this parser), which switches costly
 * constructs off instead.
 */

const BYTE_ORDER_MARK = '\uFEFF';

/** micromark's setext headings, resolved in linear time (see setext-headings.ts). */
function linearSetext(this: Processor) {
  (this.data().micromarkExtensions ??= []).push(linearSetextHeadings);
}

/** GFM, front matter and Duet's math syntax: the mdast the reader renders. */
const mdastParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMathSyntax)
  .use(linearSetext)
  .freeze();

/**
 * The top-level blocks of a document, with offsets into `markdown` (a byte order mark included), for
 * segmenting. A document past MARKDOWN_LIMITS is refused with a ValidationError naming the line.
 */
export function parseBlocks(markdown: string, chunkSize?: number): TopLevelBlock[] {
  assertWithinMarkdownLimits(markdown);
  if (!markdown.startsWith(BYTE_ORDER_MARK)) return parseTopLevelBlocks(markdown, chunkSize);
  const shift = (offset: number) => offset + BYTE_ORDER_MARK.length;
  return parseTopLevelBlocks(markdown.slice(BYTE_ORDER_MARK.length), chunkSize).map((block) => ({
    ...block,
    start: shift(block.start),
    end: shift(block.end),
    itemStarts: block.itemStarts.map(shift),
  }));
}

/**
 * The mdast of a whole document, for rendering, or null when it is past MARKDOWN_LIMITS and should be
 * shown as its text. It is parsed a few blocks at a time and joined, as parsing it at once would give.
 */
export function parseDocument(markdown: string, chunkLines?: number): Root | null {
  const text = markdownToRender(markdown, { inChunks: true });
  return text === null ? null : parseInChunks(text, (chunk) => mdastParser.parse(chunk), chunkLines);
}

/** Each full parse sets up micromark anew, which costs more than a paragraph; so paragraphs go in batches. */
const BATCH_SIZE = 32_768;

/**
 * The node each paragraph parses to on its own, for telling which hold only an image; undefined for
 * a paragraph with more `[` than an image's (see canParseForImage), which is not parsed. Paragraphs
 * stay paragraphs when parsed apart from their document, so they are parsed together, separated by
 * blank lines, and the results read back in order.
 */
export function parseImageParagraphs(paragraphs: readonly string[]): Array<RootContent | undefined> {
  const nodes = new Array<RootContent | undefined>(paragraphs.length).fill(undefined);
  const parsed = paragraphs.flatMap((paragraph, index) => (canParseForImage(paragraph) ? [index] : []));
  for (let first = 0; first < parsed.length; ) {
    let last = first + 1;
    let size = paragraphs[parsed[first]!]!.length;
    while (last < parsed.length && size + paragraphs[parsed[last]!]!.length < BATCH_SIZE) size += paragraphs[parsed[last++]!]!.length + 2;
    const batch = parsed.slice(first, last).map((index) => paragraphs[index]!);
    const children = mdastParser.parse(batch.join('\n\n')).children;
    const parsedApart = children.length === batch.length ? children : batch.map((text) => mdastParser.parse(text).children[0]);
    parsedApart.forEach((node, offset) => (nodes[parsed[first + offset]!] = node));
    first = last;
  }
  return nodes;
}
