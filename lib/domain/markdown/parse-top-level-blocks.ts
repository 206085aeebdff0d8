import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

type MdastRoot = ReturnType<typeof documentStartParser.parse>;
export type MdastBlock = MdastRoot['children'][number];

/** A top-level mdast block with offsets into the whole document. */
export interface TopLevelBlock {
  node: MdastBlock;
  start: number;
  end: number;
}

const DEFAULT_CHUNK_SIZE = 32_768;

// Block boundaries never depend on inline syntax, and inline parsing (tokens, then mdast nodes,
// then GFM's autolink pass over every text node) is most of the work, so the structural pass skips it.
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'strikethrough',
  'mathText',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'tasklistCheck',
];

function skipInlineSyntax(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE_CONSTRUCTS } }];
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat().map(({ transforms, ...rest }) => rest);
}

const documentStartParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath)
  .use(skipInlineSyntax)
  .freeze();

// Front matter is only front matter at the very start of the file.
const documentBodyParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(skipInlineSyntax).freeze();

/** Full inline parse, for the few blocks whose kind depends on inline content. */
export const inlineParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/**
 * Parses `markdown` (without BOM) into its top-level blocks.
 *
 * micromark slows down more than linearly on large inputs, so long documents are parsed in chunks
 * cut at line ends. The last block of a chunk may have been cut short (an unclosed fence, a list that
 * continues), so it is dropped and the next chunk starts at its first line; every block before it
 * ended before that line and parses exactly as in a whole-document parse.
 */
export function parseTopLevelBlocks(markdown: string, chunkSize = DEFAULT_CHUNK_SIZE): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  let chunkStart = 0;
  let targetSize = chunkSize;
  while (chunkStart < markdown.length) {
    const chunkEnd = lineEndAfter(markdown, chunkStart + targetSize);
    const parser = chunkStart === 0 ? documentStartParser : documentBodyParser;
    const nodes = parser.parse(markdown.slice(chunkStart, chunkEnd)).children;
    const isLastChunk = chunkEnd === markdown.length;
    if (!isLastChunk && nodes.length < 2) {
      if (nodes.length === 0) chunkStart = chunkEnd;
      else targetSize *= 2;
      continue;
    }
    const complete = isLastChunk ? nodes : nodes.slice(0, -1);
    for (const node of complete) blocks.push(toTopLevelBlock(node, chunkStart));
    if (isLastChunk) break;
    const restart = nodes[nodes.length - 1];
    chunkStart = lineStartOf(markdown, chunkStart + (restart?.position?.start.offset ?? 0));
    targetSize = chunkSize;
  }
  return blocks;
}

function toTopLevelBlock(node: MdastBlock, chunkStart: number): TopLevelBlock {
  return {
    node,
    start: chunkStart + (node.position?.start.offset ?? 0),
    end: chunkStart + (node.position?.end.offset ?? 0),
  };
}

function lineEndAfter(text: string, position: number): number {
  if (position >= text.length) return text.length;
  const newline = text.indexOf('\n', position);
  return newline === -1 ? text.length : newline + 1;
}

/** Moves back over the indentation before `position` when nothing else precedes it on its line. */
export function lineStartOf(text: string, position: number): number {
  let index = position;
  while (index > 0 && (text[index - 1] === ' ' || text[index - 1] === '\t')) index--;
  return index === 0 || text[index - 1] === '\n' || text[index - 1] === '\r' ? index : position;
}
