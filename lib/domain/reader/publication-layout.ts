import { exportTranslation, type ExportInsertion, type ExportSegment } from '../markdown/export-markdown.ts';
import { contentsWithSpacing, segmentContent, splitSegmentSource } from '../markdown/source-segment.ts';

/** The whitespace before a segment's text in the English file, and before its Chinese text in the Chinese file. */
export interface PairSpacing {
  source: string;
  target: string;
}

export interface PublicationLayout {
  segments: PairSpacing[];
  /** The whitespace before each insertion (an unaligned Chinese block) in the Chinese file. */
  insertions: string[];
}

const isWhitespace = (character: string) => ' \t\r\n\f\v\uFEFF'.includes(character);

/**
 * How the two files of a publication are laid out around the texts it keeps (each without its
 * surrounding whitespace): the English file as imported, and the Chinese file as the export writes it
 * (imported blocks in their own layout, carried blocks in English). The reader joins the texts back
 * into the two documents with it, so that lists, indented code and loose items read as in the files.
 */
export function layOutPublication(segments: readonly ExportSegment[], insertions: readonly ExportInsertion[]): PublicationLayout {
  const sources = contentsWithSpacing(segments.map((segment) => segment.source)).map((piece) => piece.before);
  const targets = locateInExport(segments, insertions);
  return {
    segments: sources.map((source, index) => ({ source, target: targets?.segments[index] ?? source })),
    insertions: insertions.map((_insertion, index) => targets?.insertions[index] ?? '\n\n'),
  };
}

/**
 * The whitespace before each text in the export, which writes the blocks before the first segment,
 * then each segment's text followed by the blocks after it; null if the export does not read so.
 */
function locateInExport(segments: readonly ExportSegment[], insertions: readonly ExportInsertion[]) {
  const chinese = exportTranslation(segments, { untranslated: 'source', insertions });
  let cursor = 0;
  const spacingBefore = (text: string): string | null => {
    const content = segmentContent(text);
    if (content === '') return '';
    let start = cursor;
    while (start < chinese.length && isWhitespace(chinese[start]!)) start++;
    if (!chinese.startsWith(content, start)) return null;
    const spacing = chinese.slice(cursor, start);
    cursor = start + content.length;
    return spacing;
  };
  const after = new Map<number | null, number[]>();
  insertions.forEach((insertion, index) => {
    const anchored = after.get(insertion.afterSegmentIndex);
    if (anchored) anchored.push(index);
    else after.set(insertion.afterSegmentIndex, [index]);
  });
  const located = { segments: [] as string[], insertions: [] as string[] };
  const locate = (text: string, into: string[], index: number) => {
    const spacing = spacingBefore(text);
    if (spacing !== null) into[index] = spacing;
    return spacing !== null;
  };
  const locateInsertions = (anchor: number | null) =>
    (after.get(anchor) ?? []).every((index) => locate(insertions[index]!.text, located.insertions, index));
  let matched = locateInsertions(null);
  for (let index = 0; matched && index < segments.length; index++) {
    const segment = segments[index]!;
    matched = locate(segment.translation ?? splitSegmentSource(segment.source).content, located.segments, index) && locateInsertions(index);
  }
  return matched ? located : null;
}
