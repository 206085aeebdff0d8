import { ValidationError } from '@/lib/errors.ts';
import { hasHtmlProse } from './html-text.ts';
import { isMacroOnly } from './block-profile.ts';
import { findImageOnlyParagraphs } from './image-paragraphs.ts';
import { findMarkdownLimitProblem } from './markdown-limits.ts';
import { lineStartOf, parseTopLevelBlocks, type TopLevelBlock } from './parse-top-level-blocks.ts';
import { segmentContent, type SegmentKind, type SourceSegment } from './source-segment.ts';
import { splitFrontMatter } from './split-front-matter.ts';

const BYTE_ORDER_MARK = '\uFEFF';

/** A segment before whitespace is attached: it starts at `start` and runs until the next one starts. */
interface SegmentStart {
  start: number;
  kind: SegmentKind;
  translatable: boolean;
}

/**
 * Splits a Markdown document into segments: one per top-level block, one per top-level list item,
 * one per front matter key. Whitespace between blocks trails the block before it (and anything
 * before the first block leads it), so `segments.map((s) => s.source).join('') === markdown`.
 * A document nested past MARKDOWN_LIMITS is refused with a ValidationError naming the line, as
 * parsing it would take minutes; imports refuse it earlier, in markdownFileSchema.
 */
export function segmentMarkdown(markdown: string, chunkSize?: number): SourceSegment[] {
  if (markdown.length === 0) return [];
  const problem = findMarkdownLimitProblem(markdown);
  if (problem) throw new ValidationError(problem.message);
  const bomLength = markdown.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const starts: SegmentStart[] = [];
  for (const block of parseTopLevelBlocks(markdown.slice(bomLength), chunkSize)) {
    for (const start of describeBlock(block, markdown, bomLength)) {
      const previous = starts[starts.length - 1];
      const lineStart = lineStartOf(markdown, start.start);
      if (previous && lineStart <= previous.start) continue;
      starts.push({ ...start, start: starts.length === 0 ? 0 : lineStart });
    }
  }
  if (starts.length === 0) return [{ kind: 'other', source: markdown, translatable: false }];
  const segments = starts.map((start, index): SourceSegment => ({
    kind: start.kind,
    translatable: start.translatable,
    source: markdown.slice(start.start, starts[index + 1]?.start ?? markdown.length),
  }));
  markImageParagraphs(segments);
  markMacroOnlyBlocks(segments);
  return segments;
}

/**
 * A paragraph or list item made only of documentation macros (MDN's `{{jsSidebar}}`,
 * `{{EmbedLiveSample("id")}}`, `- {{domxref("A")}} / {{domxref("B")}}`) holds nothing to translate:
 * it is carried like code, so it is neither counted as untranslated nor paired with a Chinese paragraph.
 */
function markMacroOnlyBlocks(segments: SourceSegment[]) {
  for (const segment of segments) {
    if ((segment.kind !== 'paragraph' && segment.kind !== 'list_item') || !segment.translatable) continue;
    if (isMacroOnly(segment.source)) segment.translatable = false;
  }
}

/**
 * An image's paragraph holds its one or two `[` and the few of its alt text; the parser takes
 * quadratic time over a paragraph of many (100 paragraphs of an image and 1,999 undefined references
 * took 14 s), so one with more is not looked at.
 */
const MAX_IMAGE_PARAGRAPH_BRACKETS = 16;

/** A paragraph holding only an image is an image: what there is to translate is its alt text. */
function markImageParagraphs(segments: SourceSegment[]) {
  const candidates = segments.filter(
    (segment) =>
      segment.kind === 'paragraph' && /^\s*\[?!\[/.test(segment.source) && countBrackets(segment.source) <= MAX_IMAGE_PARAGRAPH_BRACKETS,
  );
  const imageOnly = findImageOnlyParagraphs(candidates.map((segment) => segmentContent(segment.source)));
  candidates.forEach((segment, index) => {
    if (imageOnly[index]) segment.kind = 'image';
  });
}

function countBrackets(text: string): number {
  let count = 0;
  for (let index = text.indexOf('['); index !== -1 && count <= MAX_IMAGE_PARAGRAPH_BRACKETS; index = text.indexOf('[', index + 1)) count++;
  return count;
}

function describeBlock(block: TopLevelBlock, markdown: string, bomLength: number): SegmentStart[] {
  const start = block.start + bomLength;
  switch (block.type) {
    case 'yaml':
    case 'toml':
      return splitFrontMatter(markdown.slice(start, block.end + bomLength), block.type).map((piece) => ({
        start: start + piece.offset,
        kind: 'frontmatter',
        translatable: piece.translatable,
      }));
    case 'listOrdered':
    case 'listUnordered':
      return block.itemStarts.map((itemStart) => ({ start: itemStart + bomLength, kind: 'list_item', translatable: true }));
    case 'paragraph':
      return [{ start, kind: 'paragraph', translatable: true }];
    case 'atxHeading':
    case 'setextHeading':
      return [{ start, kind: 'heading', translatable: true }];
    case 'blockQuote':
      return [{ start, kind: 'blockquote', translatable: true }];
    case 'table':
      return [{ start, kind: 'table', translatable: true }];
    case 'gfmFootnoteDefinition':
      return [{ start, kind: 'other', translatable: true }];
    case 'codeFenced':
    case 'codeIndented':
      return [{ start, kind: 'code', translatable: false }];
    case 'htmlFlow':
      // A figure, a video or a line break is carried; HTML that readers read as text is translated.
      return [{ start, kind: 'html', translatable: hasHtmlProse(markdown.slice(start, block.end + bomLength)) }];
    case 'mathFlow':
      return [{ start, kind: 'math', translatable: false }];
    case 'thematicBreak':
      return [{ start, kind: 'thematic_break', translatable: false }];
    case 'definition':
      return [{ start, kind: 'other', translatable: false }];
    default: {
      const unexpected: never = block.type;
      throw new Error(`Unexpected block type ${String(unexpected)}`);
    }
  }
}
