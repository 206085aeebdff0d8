import { hasHtmlProse } from './html-text.ts';
import { isMacroOnly } from './block-profile.ts';
import { findImageOnlyParagraphs } from './image-paragraphs.ts';
import { parseBlocks } from './parse.ts';
import { lineStartOf, type TopLevelBlock } from './parse-top-level-blocks.ts';
import { segmentContent, type SegmentKind, type SourceSegment } from './source-segment.ts';
import { splitFrontMatter } from './split-front-matter.ts';

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
 * A document past MARKDOWN_LIMITS is refused with a ValidationError naming the line (see parseBlocks);
 * imports refuse it earlier, in markdownFileSchema.
 */
export function segmentMarkdown(markdown: string, chunkSize?: number): SourceSegment[] {
  if (markdown.length === 0) return [];
  const starts: SegmentStart[] = [];
  for (const block of parseBlocks(markdown, chunkSize)) {
    for (const start of describeBlock(block, markdown)) {
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

/** A paragraph holding only an image is an image: what there is to translate is its alt text. */
function markImageParagraphs(segments: SourceSegment[]) {
  const candidates = segments.filter((segment) => segment.kind === 'paragraph' && /^\s*\[?!\[/.test(segment.source));
  const imageOnly = findImageOnlyParagraphs(candidates.map((segment) => segmentContent(segment.source)));
  candidates.forEach((segment, index) => {
    if (imageOnly[index]) segment.kind = 'image';
  });
}

function describeBlock(block: TopLevelBlock, markdown: string): SegmentStart[] {
  const { start } = block;
  switch (block.type) {
    case 'yaml':
    case 'toml':
      return splitFrontMatter(markdown.slice(start, block.end), block.type).map((piece) => ({
        start: start + piece.offset,
        kind: 'frontmatter',
        translatable: piece.translatable,
      }));
    case 'listOrdered':
    case 'listUnordered':
      return block.itemStarts.map((itemStart) => ({ start: itemStart, kind: 'list_item', translatable: true }));
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
      return [{ start, kind: 'html', translatable: hasHtmlProse(markdown.slice(start, block.end)) }];
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
