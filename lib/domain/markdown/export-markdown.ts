import type { TranslationAlignment } from './align-translation.ts';
import { splitSegmentSource, type SourceSegment } from './source-segment.ts';

export interface ExportSegment {
  source: string;
  translatable: boolean;
  /** `null`: not translated yet. `''`: deliberately empty, its translation lives in a neighbour. */
  translation: string | null;
}

/** Translated text with no source segment (a translator's note), re-emitted where it stood. */
export interface ExportInsertion {
  afterSegmentIndex: number | null;
  text: string;
}

export interface ExportOptions {
  untranslated: 'omit' | 'source';
  insertions?: readonly ExportInsertion[];
}

/**
 * Builds the Chinese Markdown file: each segment's translation in the place and with the surrounding
 * whitespace of its source, non-translatable segments copied unless a translation was recorded for
 * them (a translated code comment), and untranslated ones omitted or kept in English.
 */
export function exportTranslation(segments: readonly ExportSegment[], options: ExportOptions): string {
  const insertionsAfter = groupInsertions(options.insertions ?? []);
  const output: string[] = [];
  const emitInsertions = (key: number | null, separator: string) => {
    for (const text of insertionsAfter.get(key) ?? []) {
      if (output.length > 0 && !output[output.length - 1]!.endsWith('\n')) output.push(separator);
      output.push(text, separator);
    }
  };
  emitInsertions(null, '\n\n');
  segments.forEach((segment, index) => {
    const { leading, content, trailing } = splitSegmentSource(segment.source);
    const body = exportedBody(segment, content, options.untranslated);
    if (body) output.push(leading, body, trailing);
    emitInsertions(index, trailing.includes('\n') ? trailing : '\n\n');
  });
  return output.join('');
}

/** The export input for an imported translation, so exporting it gives back the imported file. */
export function exportSegmentsFromAlignment(segments: readonly SourceSegment[], alignment: TranslationAlignment): ExportSegment[] {
  const translations = new Map<number, string>(alignment.pairs.map((pair) => [pair.segmentIndex, pair.text]));
  for (const merged of alignment.merged) translations.set(merged.segmentIndex, '');
  return segments.map((segment, index) => ({ ...segment, translation: translations.get(index) ?? null }));
}

function exportedBody(segment: ExportSegment, content: string, untranslated: ExportOptions['untranslated']): string | null {
  if (segment.translation !== null) return segment.translation;
  if (!segment.translatable || untranslated === 'source') return content;
  return null;
}

function groupInsertions(insertions: readonly ExportInsertion[]): Map<number | null, string[]> {
  const grouped = new Map<number | null, string[]>();
  for (const { afterSegmentIndex, text } of insertions) {
    grouped.set(afterSegmentIndex, [...(grouped.get(afterSegmentIndex) ?? []), text]);
  }
  return grouped;
}
