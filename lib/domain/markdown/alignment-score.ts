import type { BlockProfile } from './block-profile.ts';
import { SEGMENT_KINDS, type SegmentKind } from './source-segment.ts';

/**
 * Scores for aligning blocks, in rough log-odds: positive means "probably a translation of",
 * negative "probably not". A block left unaligned costs `UNALIGNED_BLOCK`, so a pairing is kept
 * only while it scores better than leaving both of its blocks unaligned.
 */
export const UNALIGNED_BLOCK = -1.5;
export const UNALIGNED_TRANSLATOR_NOTE = -0.3;
/** Translators split paragraphs, but less often than they keep them. */
export const SPLIT = -1;
/**
 * A merge hides an English block behind its neighbour's translation, where the editor never shows it
 * as untranslated; so it must cost more than leaving that block unaligned (an English sentence added
 * after the translation was made is not a merge), and is kept only where the lengths call for it.
 */
export const MERGE = -2;
/** A paragraph with a hard line break in it is the usual candidate for a split. */
export const SPLIT_AT_LINE_BREAK = 1;

const IMPOSSIBLE = Number.NEGATIVE_INFINITY;
const PROSE_KINDS = new Set<SegmentKind>(['paragraph', 'blockquote', 'list_item', 'image', 'other']);
/** Kinds that a translator sometimes turns into one another (an image paragraph into an HTML figure). */
const INTERCHANGEABLE_KINDS = new Set(['html/image', 'html/paragraph', 'html/table', 'math/paragraph', 'html/list_item']);

export function scoreMatch(english: BlockProfile, chinese: BlockProfile, lengthRatio: number): number {
  if (english.kind === 'frontmatter' || chinese.kind === 'frontmatter') return scoreFrontMatter(english, chinese);
  if (english.macroOnly !== chinese.macroOnly) return IMPOSSIBLE;
  let score = kindAffinity(english.kind, chinese.kind);
  if (english.kind === 'heading' && chinese.kind === 'heading' && english.headingDepth === chinese.headingDepth) score += 0.5;
  if (english.verbatim === chinese.verbatim) score += 4;
  score += keptEvidence(english, chinese);
  const expectedLength = english.textLength * lengthRatio;
  score -= 1.5 * Math.abs(Math.log((chinese.textLength + 10) / (expectedLength + 10)));
  return score;
}

/** How likely a block of one kind is translated as a block of another, looked up for every pair of blocks. */
export function kindAffinity(english: SegmentKind, chinese: SegmentKind): number {
  return KIND_AFFINITIES[english][chinese];
}

function computeKindAffinity(english: SegmentKind, chinese: SegmentKind): number {
  if (english === chinese) return 1;
  if (PROSE_KINDS.has(english) && PROSE_KINDS.has(chinese)) return -0.5;
  if (INTERCHANGEABLE_KINDS.has(`${english}/${chinese}`) || INTERCHANGEABLE_KINDS.has(`${chinese}/${english}`)) return -1;
  if (english === 'heading' || chinese === 'heading') return -2.5;
  return -3;
}

const KIND_AFFINITIES = Object.fromEntries(
  SEGMENT_KINDS.map((english) => [english, Object.fromEntries(SEGMENT_KINDS.map((chinese) => [chinese, computeKindAffinity(english, chinese)]))]),
) as Record<SegmentKind, Record<SegmentKind, number>>;

/**
 * What blocks share that a translation keeps (link targets, numbers, code, names), without what their
 * kinds and lengths say: evidence for or against reading the Chinese as a translation of the English,
 * near 0 when there is nothing to compare.
 */
export type KeptMarks = Pick<BlockProfile, 'urls' | 'numbers' | 'inlineCode' | 'latinWords'>;

export function keptEvidence(english: KeptMarks, chinese: KeptMarks): number {
  return (
    setAgreement(english.urls, chinese.urls, 3) +
    setAgreement(english.numbers, chinese.numbers, 1.5) +
    setAgreement(english.inlineCode, chinese.inlineCode, 2) +
    namesAgreement(english.latinWords, chinese.latinWords, 2)
  );
}

/** Translated front matter keeps its keys: a key only ever aligns with the same key. */
function scoreFrontMatter(english: BlockProfile, chinese: BlockProfile): number {
  if (english.kind !== chinese.kind || english.frontMatterKey !== chinese.frontMatterKey) return IMPOSSIBLE;
  return english.frontMatterKey !== null || english.verbatim === chinese.verbatim ? 6 : 1;
}

/** Agreement of anchors both sides keep verbatim (link targets, numbers, code). */
function setAgreement(english: Set<string>, chinese: Set<string>, weight: number): number {
  const total = english.size + chinese.size;
  if (total === 0) return 0;
  const confidence = Math.min(1, total / 4);
  return weight * (dice(english, chinese) - 0.35) * confidence;
}

/**
 * Latin-script words in a Chinese block are mostly names and terms kept from the English, so they
 * are compared by how many of them the English block contains; English has many more words.
 */
function namesAgreement(english: Set<string>, chinese: Set<string>, weight: number): number {
  if (chinese.size === 0) return 0;
  let shared = 0;
  for (const word of chinese) if (english.has(word)) shared++;
  return weight * (shared / chinese.size - 0.4) * Math.min(1, chinese.size / 4);
}

function dice(first: Set<string>, second: Set<string>): number {
  if (first.size > second.size) return dice(second, first);
  let shared = 0;
  for (const item of first) if (second.has(item)) shared++;
  return (2 * shared) / (first.size + second.size);
}
