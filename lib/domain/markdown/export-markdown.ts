import type { TranslationAlignment } from './align-translation.ts';
import type { BlockLayout } from './block-layout.ts';
import { splitSegmentSource, type SegmentKind, type SourceSegment } from './source-segment.ts';

export interface ExportSegment {
  source: string;
  kind?: SegmentKind;
  translatable: boolean;
  /** `null`: not translated yet. `''`: deliberately empty, its translation lives in a neighbour. */
  translation: string | null;
  /** Where an imported translation stood in the Chinese file; absent for text typed in Duet. */
  layout?: BlockLayout | null;
  /** The imported Chinese file had no counterpart for this block: left out while it has no translation. */
  absent?: boolean;
}

/** Translated text with no source segment (a translator's note), re-emitted where it stood. */
export interface ExportInsertion {
  afterSegmentIndex: number | null;
  text: string;
  layout?: BlockLayout | null;
}

export interface ExportOptions {
  untranslated: 'omit' | 'source';
  insertions?: readonly ExportInsertion[];
}

/** One block of the output with the whitespace around it. */
interface Piece {
  indent: string;
  text: string;
  after: string;
  kind: SegmentKind | undefined;
  /** The segment the block stands for, so the English successor of a block in the English layout is known. */
  segmentIndex: number | null;
  /** Set for a block in the layout of the imported Chinese file. */
  layout: BlockLayout | null;
}

/**
 * Builds the Chinese Markdown file. An imported Chinese block keeps its own indentation and the
 * separator that followed it in the Chinese file; other text takes the place and surrounding
 * whitespace of its English source. Non-translatable segments are copied unless a translation was
 * recorded for them (a translated code comment) or the imported file left them out; untranslated ones
 * are omitted or kept in English. A separator is written as it was only between blocks that were
 * neighbours in the file it came from; elsewhere at least a blank line keeps blocks apart, so a
 * paragraph never runs into a list item or turns a following `---` into a heading underline.
 */
export function exportTranslation(segments: readonly ExportSegment[], options: ExportOptions): string {
  const insertionsAfter = groupInsertions(options.insertions ?? []);
  const pieces: Piece[] = [];
  const addInsertions = (key: number | null, anchor: Piece | null) => {
    for (const { text, layout } of insertionsAfter.get(key) ?? []) {
      pieces.push(insertionPiece(text, layout ?? null, anchor));
    }
  };
  addInsertions(null, null);
  segments.forEach((segment, index) => {
    const { leading, content, trailing } = splitSegmentSource(segment.source);
    const body = exportedBody(segment, content, options.untranslated);
    const englishPiece: Piece = { indent: leading, text: content, after: trailing, kind: segment.kind, segmentIndex: index, layout: null };
    if (body) {
      const layout = segment.translation !== null ? (segment.layout ?? null) : null;
      pieces.push(layout ? { ...englishPiece, indent: layout.indent, text: body, after: layout.after, layout } : { ...englishPiece, text: body });
    }
    addInsertions(index, englishPiece);
  });
  return joinPieces(pieces);
}

/** The export input for an imported translation, so exporting it gives back the imported file. */
export function exportSegmentsFromAlignment(segments: readonly SourceSegment[], alignment: TranslationAlignment): ExportSegment[] {
  const pairs = new Map(alignment.pairs.map((pair) => [pair.segmentIndex, pair]));
  const merged = new Set(alignment.merged.map((item) => item.segmentIndex));
  return segments.map((segment, index) => {
    const pair = pairs.get(index);
    if (pair) return { ...segment, translation: pair.text, layout: pair.layout };
    if (merged.has(index)) return { ...segment, translation: '' };
    return { ...segment, translation: null, absent: true };
  });
}

function exportedBody(segment: ExportSegment, content: string, untranslated: ExportOptions['untranslated']): string | null {
  if (segment.translation !== null) return segment.translation;
  if (segment.absent && untranslated === 'omit') return null;
  if (!segment.translatable || untranslated === 'source') return content;
  return null;
}

/** A block with no segment: in its own layout when imported, else after its anchor like a sibling. */
function insertionPiece(text: string, layout: BlockLayout | null, anchor: Piece | null): Piece {
  if (layout) return { indent: layout.indent, text, after: layout.after, kind: undefined, segmentIndex: null, layout };
  const after = anchor && anchor.after.includes('\n') ? anchor.after : '\n\n';
  return { indent: '', text, after, kind: anchor?.kind, segmentIndex: null, layout: null };
}

function joinPieces(pieces: readonly Piece[]): string {
  const output: string[] = [];
  pieces.forEach((piece, index) => {
    if (index === 0) output.push(piece.layout?.first === 0 ? (piece.layout.prefix ?? '') : '');
    output.push(piece.indent, piece.text);
    const next = pieces[index + 1];
    if (!next) output.push(piece.after);
    else output.push(isNeighbour(piece, next) ? piece.after : withLineBreaks(piece.after, piece.kind === 'frontmatter' ? 1 : 2));
  });
  return output.join('');
}

/** Whether `next` followed `piece` in the file `piece` was laid out by, so the separator still fits. */
function isNeighbour(piece: Piece, next: Piece): boolean {
  if (piece.layout) return next.layout !== null && next.layout.first === piece.layout.last + 1;
  // A block added by the export (a credits line) was given the separator of the block it follows.
  const isAddedBlock = (block: Piece) => block.layout === null && block.segmentIndex === null;
  if (piece.segmentIndex !== null) return next.segmentIndex === piece.segmentIndex + 1 || isAddedBlock(next);
  return isAddedBlock(piece) && next.layout === null;
}

/** The separator with at least `count` line breaks (a blank line for 2). */
function withLineBreaks(separator: string, count: number): string {
  const lineBreaks = separator.split('\n').length - 1;
  return lineBreaks >= count ? separator : separator + '\n'.repeat(count - lineBreaks);
}

/** Insertions by the segment they follow: added ones first, then imported ones in their file's order. */
function groupInsertions(insertions: readonly ExportInsertion[]): Map<number | null, ExportInsertion[]> {
  const grouped = new Map<number | null, ExportInsertion[]>();
  for (const insertion of insertions) {
    const group = grouped.get(insertion.afterSegmentIndex);
    if (group) group.push(insertion);
    else grouped.set(insertion.afterSegmentIndex, [insertion]);
  }
  const fileOrder = (insertion: ExportInsertion) => insertion.layout?.first ?? -1;
  for (const group of grouped.values()) group.sort((first, second) => fileOrder(first) - fileOrder(second));
  return grouped;
}
