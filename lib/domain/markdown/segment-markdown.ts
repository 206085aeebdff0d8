import { findImageOnlyParagraphs } from './image-paragraphs.ts';
import { lineStartOf, parseTopLevelBlocks, type MdastBlock } from './parse-top-level-blocks.ts';
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
 */
export function segmentMarkdown(markdown: string, chunkSize?: number): SourceSegment[] {
  if (markdown.length === 0) return [];
  const bomLength = markdown.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const starts: SegmentStart[] = [];
  for (const block of parseTopLevelBlocks(markdown.slice(bomLength), chunkSize)) {
    for (const start of describeBlock(block.node, markdown, block.start + bomLength)) {
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
  return segments;
}

/** A paragraph holding only an image is an image: what there is to translate is its alt text. */
function markImageParagraphs(segments: SourceSegment[]) {
  const candidates = segments.filter(
    (segment) => segment.kind === 'paragraph' && /^\s*\[?!\[/.test(segment.source),
  );
  const imageOnly = findImageOnlyParagraphs(candidates.map((segment) => segmentContent(segment.source)));
  candidates.forEach((segment, index) => {
    if (imageOnly[index]) segment.kind = 'image';
  });
}

function describeBlock(node: MdastBlock, markdown: string, start: number): SegmentStart[] {
  // remark-frontmatter's types only declare `yaml`, but it emits `toml` nodes as well.
  const nodeType: string = node.type;
  if (nodeType === 'yaml' || nodeType === 'toml') {
    const end = start + ((node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0));
    return splitFrontMatter(markdown.slice(start, end), nodeType).map((piece) => ({
      start: start + piece.offset,
      kind: 'frontmatter',
      translatable: piece.translatable,
    }));
  }
  switch (node.type) {
    case 'list': {
      const listOffset = node.position?.start.offset ?? 0;
      return node.children.map((item) => ({
        start: start + (item.position?.start.offset ?? listOffset) - listOffset,
        kind: 'list_item',
        translatable: true,
      }));
    }
    case 'paragraph':
      return [{ start, kind: 'paragraph', translatable: true }];
    case 'heading':
      return [{ start, kind: 'heading', translatable: true }];
    case 'blockquote':
      return [{ start, kind: 'blockquote', translatable: true }];
    case 'table':
      return [{ start, kind: 'table', translatable: true }];
    case 'footnoteDefinition':
      return [{ start, kind: 'other', translatable: true }];
    case 'code':
      return [{ start, kind: 'code', translatable: false }];
    case 'html':
      return [{ start, kind: 'html', translatable: false }];
    case 'math':
      return [{ start, kind: 'math', translatable: false }];
    case 'thematicBreak':
      return [{ start, kind: 'thematic_break', translatable: false }];
    default:
      return [{ start, kind: 'other', translatable: false }];
  }
}
