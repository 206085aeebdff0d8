import { hashSource } from './hash-source.ts';
import { segmentContent, type SegmentKind, type SourceSegment } from './source-segment.ts';

export interface StoredSegment {
  id: string;
  source: string;
  kind: SegmentKind;
  translatable: boolean;
}

export type ReanchoredSegment =
  | { status: 'unchanged'; oldId: string }
  | { status: 'restored'; oldId: string }
  | { status: 'changed'; oldId: string; previousSource: string; kindChanged: boolean }
  | { status: 'added' };

export interface Reanchoring {
  /** One entry per new segment, in the new order. */
  segments: ReanchoredSegment[];
  /** Old segments with no counterpart in the new version, to archive with their history. */
  removed: string[];
}

/** Edited segments are recognised down to this share of shared words (more with matching neighbours). */
const MIN_SIMILARITY = 0.5;
const NEIGHBOUR_BONUS = 0.15;
/** Past this many comparisons, edited segments are only looked for near their old position. */
const MAX_COMPARISONS = 1_000_000;
const NEARBY = 200;

const WORD_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Carries translations over to a new version of the source. Segments whose text is unchanged keep
 * their identity wherever they moved; a block that comes back word for word after a version without
 * it is restored from the archived segments (with its translation); edited ones are recognised by
 * shared words, favoured when their neighbours are unchanged, even when the edit changed the block's
 * kind (`<h1>` to `#`, a list item to a paragraph); the rest are added or removed.
 */
export function reanchorSegments(
  oldSegments: readonly StoredSegment[],
  newSegments: readonly SourceSegment[],
  archivedSegments: readonly StoredSegment[] = [],
): Reanchoring {
  const oldMatchOf = new Array<number | undefined>(newSegments.length);
  const oldIsMatched = new Array<boolean>(oldSegments.length).fill(false);
  matchIdenticalSegments(oldSegments, newSegments, oldMatchOf, oldIsMatched);
  const archivedMatchOf = new Array<number | undefined>(newSegments.length);
  matchIdenticalSegments(archivedSegments, newSegments, archivedMatchOf, new Array<boolean>(archivedSegments.length).fill(false), oldMatchOf);
  const exactMatchOf = [...oldMatchOf];
  const settled = newSegments.map((_, index) => oldMatchOf[index] !== undefined || archivedMatchOf[index] !== undefined);
  matchEditedSegments(oldSegments, newSegments, exactMatchOf, settled, oldMatchOf, oldIsMatched);

  return {
    segments: newSegments.map((segment, index): ReanchoredSegment => {
      const archivedIndex = archivedMatchOf[index];
      if (archivedIndex !== undefined) return { status: 'restored', oldId: archivedSegments[archivedIndex]!.id };
      const oldIndex = oldMatchOf[index];
      if (oldIndex === undefined) return { status: 'added' };
      const old = oldSegments[oldIndex]!;
      if (exactMatchOf[index] !== undefined) return { status: 'unchanged', oldId: old.id };
      return { status: 'changed', oldId: old.id, previousSource: old.source, kindChanged: old.kind !== segment.kind };
    }),
    removed: oldSegments.filter((_, index) => !oldIsMatched[index]).map((segment) => segment.id),
  };
}

/**
 * Identical texts of the same kind pair up in order of appearance, so repeated blocks (fences, rules)
 * keep their order; new segments already matched (`skip`) are left alone. An indented code block that
 * became a paragraph of the same words is an edit, not the same block.
 */
function matchIdenticalSegments(
  oldSegments: readonly StoredSegment[],
  newSegments: readonly SourceSegment[],
  oldMatchOf: Array<number | undefined>,
  oldIsMatched: boolean[],
  skip: ReadonlyArray<number | undefined> = [],
) {
  const key = (segment: { source: string; kind: SegmentKind }) => `${segment.kind}:${hashSource(segment.source)}`;
  const oldIndexesByKey = new Map<string, number[]>();
  oldSegments.forEach((segment, index) => {
    const indexes = oldIndexesByKey.get(key(segment));
    if (indexes) indexes.push(index);
    else oldIndexesByKey.set(key(segment), [index]);
  });
  newSegments.forEach((segment, index) => {
    if (skip[index] !== undefined) return;
    const oldIndex = oldIndexesByKey.get(key(segment))?.shift();
    if (oldIndex === undefined) return;
    oldMatchOf[index] = oldIndex;
    oldIsMatched[oldIndex] = true;
  });
}

/** A block whose kind changed in an edit is recognised a little less readily than one that kept it. */
const KIND_CHANGE_PENALTY = 0.1;

function canChangeInto(oldKind: SegmentKind, newKind: SegmentKind): boolean {
  return oldKind === newKind || (oldKind !== 'frontmatter' && newKind !== 'frontmatter');
}

function matchEditedSegments(
  oldSegments: readonly StoredSegment[],
  newSegments: readonly SourceSegment[],
  exactMatchOf: ReadonlyArray<number | undefined>,
  settled: readonly boolean[],
  oldMatchOf: Array<number | undefined>,
  oldIsMatched: boolean[],
) {
  const newCandidates = newSegments.flatMap((_, index) => (settled[index] ? [] : [index]));
  const oldCandidates = oldSegments.flatMap((_, index) => (oldIsMatched[index] ? [] : [index]));
  const onlyNearby = newCandidates.length * oldCandidates.length > MAX_COMPARISONS;
  const oldWords = new Map(oldCandidates.map((index) => [index, wordsOf(oldSegments[index]!.source)]));

  const candidates: Array<{ newIndex: number; oldIndex: number; score: number }> = [];
  for (const newIndex of newCandidates) {
    const segment = newSegments[newIndex]!;
    const words = wordsOf(segment.source);
    for (const oldIndex of oldCandidates) {
      const oldKind = oldSegments[oldIndex]!.kind;
      if (!canChangeInto(oldKind, segment.kind)) continue;
      if (onlyNearby && Math.abs(oldIndex - newIndex) > NEARBY) continue;
      const neighbours =
        (exactMatchOf[newIndex - 1] === oldIndex - 1 ? NEIGHBOUR_BONUS : 0) +
        (exactMatchOf[newIndex + 1] === oldIndex + 1 ? NEIGHBOUR_BONUS : 0);
      const kindChange = oldKind === segment.kind ? 0 : KIND_CHANGE_PENALTY;
      const score = dice(words, oldWords.get(oldIndex)!) + neighbours - kindChange;
      if (score >= MIN_SIMILARITY) candidates.push({ newIndex, oldIndex, score });
    }
  }
  candidates.sort((first, second) => second.score - first.score);
  for (const { newIndex, oldIndex } of candidates) {
    if (oldMatchOf[newIndex] !== undefined || oldIsMatched[oldIndex]) continue;
    oldMatchOf[newIndex] = oldIndex;
    oldIsMatched[oldIndex] = true;
  }
}

function wordsOf(source: string): Set<string> {
  const words = new Set<string>();
  const text = segmentContent(source).toLowerCase();
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    for (const { segment, isWordLike } of WORD_SEGMENTER.segment(text.slice(start, end))) {
      if (isWordLike) words.add(segment);
    }
    start = end;
  }
  return words;
}

/**
 * Intl.Segmenter's work grows with the square of what it is given, steeply on punctuation (runs of
 * `<!--<![CDATA[<?`), so text goes to it in pieces of at most SEGMENTER_PIECE characters, cut after
 * whitespace where the piece's second half has some. A word cut in two only lowers a similarity.
 */
const SEGMENTER_PIECE = 500;

function pieceEnd(text: string, start: number): number {
  const limit = start + SEGMENTER_PIECE;
  if (limit >= text.length) return text.length;
  for (let end = limit; end > start + SEGMENTER_PIECE / 2; end--) {
    if (/\s/.test(text[end - 1]!)) return end;
  }
  const last = text.charCodeAt(limit - 1);
  return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}

function dice(first: Set<string>, second: Set<string>): number {
  if (first.size + second.size === 0) return 1;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return (2 * shared) / (first.size + second.size);
}
