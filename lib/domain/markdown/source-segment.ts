/** Stored as a database enum: renaming a member is a migration. */
export const SEGMENT_KINDS = [
  'frontmatter',
  'heading',
  'paragraph',
  'list_item',
  'blockquote',
  'table',
  'image',
  'code',
  'html',
  'math',
  'thematic_break',
  'other',
] as const;

export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * One piece of an article. `source` includes the whitespace around the block, so joining the
 * sources of all segments of a document gives back the document byte for byte.
 */
export interface SourceSegment {
  kind: SegmentKind;
  source: string;
  translatable: boolean;
}

export interface SegmentParts {
  leading: string;
  content: string;
  trailing: string;
}

// Only ASCII whitespace and the BOM: an ideographic space (U+3000) or NBSP can be deliberate content.
const LEADING_WHITESPACE = /^[\uFEFF \t\r\n\f\v]*/;
const isTrailingWhitespace = (character: string) => ' \t\r\n\f\v'.includes(character);

export function splitSegmentSource(source: string): SegmentParts {
  const leading = LEADING_WHITESPACE.exec(source)?.[0] ?? '';
  if (leading.length === source.length) return { leading, content: '', trailing: '' };
  // A loop: /[ \t\r\n\f\v]*$/ tries every start in a run of whitespace, quadratic on a long one mid-text.
  let contentEnd = source.length;
  while (isTrailingWhitespace(source[contentEnd - 1]!)) contentEnd--;
  return {
    leading,
    content: source.slice(leading.length, contentEnd),
    trailing: source.slice(contentEnd),
  };
}

/** The spaces and tabs before a segment's first line, which rendering it alone needs: four make code. */
export function firstLineIndent(source: string): string {
  const { leading } = splitSegmentSource(source);
  return leading.slice(Math.max(leading.lastIndexOf('\n'), leading.lastIndexOf('\r')) + 1).replace(/\uFEFF/g, '');
}

/**
 * Each segment's content with the whitespace before it in the document (the trailing whitespace of
 * the segment before and its own leading whitespace, first-line indentation included).
 */
export function contentsWithSpacing(sources: readonly string[]): Array<{ before: string; text: string }> {
  let trailing = '';
  return sources.map((source) => {
    const parts = splitSegmentSource(source);
    const before = trailing + parts.leading;
    trailing = parts.trailing;
    return { before, text: parts.content };
  });
}

/** What the editor shows and the translator translates: the segment without its surrounding whitespace. */
export function segmentContent(source: string): string {
  return splitSegmentSource(source).content;
}
