import { mergeProfiles, type BlockProfile } from './block-profile.ts';
import {
  keptEvidence,
  kindAffinity,
  type KeptMarks,
  scoreMatch,
  SPLIT_AT_LINE_BREAK,
  MERGE,
  SPLIT,
  UNALIGNED_BLOCK,
  UNALIGNED_TRANSLATOR_NOTE,
} from './alignment-score.ts';

/** One step of an alignment: `english` source blocks matched with `chinese` translated blocks. */
export interface AlignmentStep {
  englishStart: number;
  english: 0 | 1 | 2;
  chineseStart: number;
  chinese: 0 | 1 | 2;
}

export interface AlignableBlock {
  profile: BlockProfile;
  isTranslatorNote: boolean;
}

/** The steps a cell is reached by, in the order they are tried. */
const STEP_SHAPES = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
] as const;

/** Beyond this many cells, only a band around the diagonal is searched, to bound time and memory. */
const MAX_CELLS = 4_000_000;
/** However long the documents, the band lets an alignment drift this many blocks off the diagonal. */
const MIN_HALF_BAND = 50;

/**
 * The highest-scoring monotone alignment allowing 1:1, 1:2 (a split paragraph), 2:1 (merged
 * paragraphs), and blocks left unaligned on either side. Long documents are first cut at anchors,
 * blocks both files hold once and verbatim (code, figures), and the stretches between are aligned
 * one by one, so a 5 MB pair costs many small searches instead of one wide band.
 */
export function alignBlocks(english: AlignableBlock[], chinese: AlignableBlock[], lengthRatio: number): AlignmentStep[] {
  return withoutDoubtfulSections(alignMonotone(english, chinese, lengthRatio), english, chinese);
}

function alignMonotone(english: AlignableBlock[], chinese: AlignableBlock[], lengthRatio: number): AlignmentStep[] {
  if ((english.length + 1) * (chinese.length + 1) <= MAX_CELLS) return alignStretch(english, chinese, lengthRatio);
  const steps: AlignmentStep[] = [];
  let englishStart = 0;
  let chineseStart = 0;
  const alignUpTo = (englishEnd: number, chineseEnd: number) => {
    for (const step of alignStretch(english.slice(englishStart, englishEnd), chinese.slice(chineseStart, chineseEnd), lengthRatio)) {
      steps.push({ ...step, englishStart: step.englishStart + englishStart, chineseStart: step.chineseStart + chineseStart });
    }
  };
  for (const [englishIndex, chineseIndex] of findAnchors(english, chinese)) {
    alignUpTo(englishIndex, chineseIndex);
    steps.push({ englishStart: englishIndex, english: 1, chineseStart: chineseIndex, chinese: 1 });
    englishStart = englishIndex + 1;
    chineseStart = chineseIndex + 1;
  }
  alignUpTo(english.length, chinese.length);
  return steps;
}

/** Below this, what a Chinese section keeps contradicts the English it was matched to. */
const DOUBTFUL_SECTION = -1;

/**
 * An alignment keeps both orders, so when a translator moved a section, its blocks are matched by
 * position with the English that stands where it now stands: a heading and its paragraphs attached
 * to the wrong English, one by one. Such a section is recognised by what translations keep: taken
 * together, the links, numbers, code and names of its Chinese blocks disagree with those of the
 * English they were matched to. Its matches are undone, so its blocks stay unaligned (kept, in place,
 * and shown to the translator) and its English untranslated, rather than published under the wrong
 * text. A section is a heading and the blocks up to the next one.
 */
function withoutDoubtfulSections(steps: AlignmentStep[], english: AlignableBlock[], chinese: AlignableBlock[]): AlignmentStep[] {
  const sectionOf = new Int32Array(chinese.length);
  let section = -1;
  chinese.forEach((block, index) => {
    if (block.profile.kind === 'heading') section = index;
    sectionOf[index] = section;
  });
  const marks = new Map<number, { english: KeptMarks; chinese: KeptMarks }>();
  const emptyMarks = (): KeptMarks => ({ urls: new Set(), numbers: new Set(), inlineCode: new Set(), latinWords: new Set() });
  const add = (into: KeptMarks, from: KeptMarks) => {
    for (const key of ['urls', 'numbers', 'inlineCode', 'latinWords'] as const) for (const item of from[key]) into[key].add(item);
  };
  for (const step of steps) {
    if (step.english === 0 || step.chinese === 0) continue;
    const id = sectionOf[step.chineseStart]!;
    let entry = marks.get(id);
    if (!entry) marks.set(id, (entry = { english: emptyMarks(), chinese: emptyMarks() }));
    for (let index = 0; index < step.english; index++) add(entry.english, english[step.englishStart + index]!.profile);
    for (let index = 0; index < step.chinese; index++) add(entry.chinese, chinese[step.chineseStart + index]!.profile);
  }
  const doubtful = new Set([...marks].filter(([, entry]) => keptEvidence(entry.english, entry.chinese) < DOUBTFUL_SECTION).map(([id]) => id));
  if (doubtful.size === 0) return steps;
  return steps.flatMap((step) => {
    if (step.english === 0 || step.chinese === 0 || !doubtful.has(sectionOf[step.chineseStart]!)) return [step];
    const chineseBlocks = Array.from({ length: step.chinese }, (_, index) => ({ englishStart: step.englishStart + step.english, english: 0 as const, chineseStart: step.chineseStart + index, chinese: 1 as const }));
    return [{ ...step, chinese: 0 as const }, ...chineseBlocks];
  });
}

/** Blocks of some length that each file holds exactly once, word for word. */
const MIN_ANCHOR_LENGTH = 20;

/**
 * Pairs of identical blocks found once on each side, reduced to the longest chain that keeps both
 * orders (a moved block would cross the others), as [englishIndex, chineseIndex] in order.
 */
function findAnchors(english: AlignableBlock[], chinese: AlignableBlock[]): Array<[number, number]> {
  const uniqueBlocks = (blocks: AlignableBlock[]) => {
    const indexes = new Map<string, number>();
    blocks.forEach(({ profile }, index) => {
      if (profile.kind === 'frontmatter' || profile.verbatim.length < MIN_ANCHOR_LENGTH) return;
      const key = `${profile.kind}\u0000${profile.verbatim}`;
      indexes.set(key, indexes.has(key) ? -1 : index);
    });
    return indexes;
  };
  const inChinese = uniqueBlocks(chinese);
  const candidates: Array<[number, number]> = [];
  for (const [key, englishIndex] of uniqueBlocks(english)) {
    const chineseIndex = inChinese.get(key);
    if (englishIndex >= 0 && chineseIndex !== undefined && chineseIndex >= 0) candidates.push([englishIndex, chineseIndex]);
  }
  candidates.sort((first, second) => first[0] - second[0]);
  return longestIncreasingChain(candidates);
}

/** The longest subsequence whose second members increase (patience sorting, n log n). */
function longestIncreasingChain(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, value], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]![1] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const chain: Array<[number, number]> = [];
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]!) chain.push(pairs[index]!);
  return chain.reverse();
}

/** Needleman–Wunsch over one stretch of blocks, in a band around the diagonal when it is long. */
function alignStretch(english: AlignableBlock[], chinese: AlignableBlock[], lengthRatio: number): AlignmentStep[] {
  const rows = english.length + 1;
  const columns = chinese.length + 1;
  // The band follows the diagonal scaled to both lengths, so it always reaches the last cell.
  const halfBand = rows * columns <= MAX_CELLS ? columns : Math.max(MIN_HALF_BAND, Math.floor(MAX_CELLS / rows / 2));
  const band = createBand(rows, columns, halfBand);
  const best = new Float64Array(band.cellCount).fill(Number.NEGATIVE_INFINITY);
  const choice = new Int8Array(band.cellCount).fill(-1);

  const englishPairs = english.slice(1).map((block, index) => mergeProfiles(english[index]!.profile, block.profile));
  const chinesePairs = chinese.slice(1).map((block, index) => mergeProfiles(chinese[index]!.profile, block.profile));
  const splitScore = (row: number, column: number): number => {
    const source = english[row]!.profile;
    const target = chinese[column]!.profile;
    // Keys and headings are never split or merged: a second one is an added key or section.
    if (!canSplitOrMerge(source) || !canSplitOrMerge(target)) return Number.NEGATIVE_INFINITY;
    const second = chinese[column + 1]!.profile;
    const lineBreakBonus = source.hasLineBreak && source.kind === 'paragraph' ? SPLIT_AT_LINE_BREAK : 0;
    return (
      scoreMatch(source, chinesePairs[column]!, lengthRatio) +
      Math.min(0, kindAffinity(source.kind, second.kind)) +
      SPLIT +
      lineBreakBonus
    );
  };
  const mergeScore = (row: number, column: number): number => {
    const source = english[row]!.profile;
    const target = chinese[column]!.profile;
    if (!canSplitOrMerge(source) || !canSplitOrMerge(target)) return Number.NEGATIVE_INFINITY;
    // A Chinese list item or quote often absorbs the image or code block that followed it in English.
    const second = english[row + 1]!.profile;
    if (!canSplitOrMerge(second)) return Number.NEGATIVE_INFINITY;
    const absorbs = target.kind === 'list_item' || target.kind === 'blockquote';
    const secondAffinity = absorbs ? 0 : Math.min(0, kindAffinity(second.kind, target.kind));
    return scoreMatch(englishPairs[row]!, target, lengthRatio) + secondAffinity + MERGE;
  };

  const stepScore = (shapeIndex: number, row: number, column: number): number => {
    switch (shapeIndex) {
      case 0:
        return scoreMatch(english[row]!.profile, chinese[column]!.profile, lengthRatio);
      case 1:
        return splitScore(row, column);
      case 2:
        return mergeScore(row, column);
      case 3:
        return UNALIGNED_BLOCK;
      default:
        return chinese[column]!.isTranslatorNote ? UNALIGNED_TRANSLATOR_NOTE : UNALIGNED_BLOCK;
    }
  };

  best[band.cell(0, 0)] = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = band.low[row]!; column <= band.high[row]!; column++) {
      const here = band.cell(row, column);
      let bestScore = best[here]!;
      let bestShape = choice[here]!;
      // Tried in the order of STEP_SHAPES; on equal scores the first one wins.
      for (let shapeIndex = 0; shapeIndex < STEP_SHAPES.length; shapeIndex++) {
        const shape = STEP_SHAPES[shapeIndex]!;
        const from = band.cell(row - shape[0], column - shape[1]);
        if (from === -1) continue;
        const previous = best[from]!;
        if (previous === Number.NEGATIVE_INFINITY) continue;
        const score = previous + stepScore(shapeIndex, row - shape[0], column - shape[1]);
        if (score > bestScore) {
          bestScore = score;
          bestShape = shapeIndex;
        }
      }
      best[here] = bestScore;
      choice[here] = bestShape;
    }
  }
  return traceBack(choice, band.cell, rows - 1, columns - 1);
}

/** The cells searched in each row, stored row after row. */
function createBand(rows: number, columns: number, halfBand: number) {
  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  const rowOffsets = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row++) {
    const diagonal = Math.round((row * (columns - 1)) / Math.max(1, rows - 1));
    low[row] = Math.max(0, diagonal - halfBand);
    high[row] = Math.min(columns - 1, diagonal + halfBand);
    rowOffsets[row + 1] = rowOffsets[row]! + high[row]! - low[row]! + 1;
  }
  const cell = (row: number, column: number): number => {
    if (row < 0 || row >= rows || column < low[row]! || column > high[row]!) return -1;
    return rowOffsets[row]! + column - low[row]!;
  };
  return { low, high, cell, cellCount: rowOffsets[rows]! };
}

function canSplitOrMerge(profile: BlockProfile): boolean {
  return profile.kind !== 'frontmatter' && profile.kind !== 'heading';
}

function traceBack(choice: Int8Array, cell: (row: number, column: number) => number, lastRow: number, lastColumn: number) {
  const steps: AlignmentStep[] = [];
  let row = lastRow;
  let column = lastColumn;
  while (row > 0 || column > 0) {
    // A cell no path reaches (outside the band) falls back to leaving blocks unaligned.
    const shapeIndex = choice[cell(row, column)] ?? -1;
    const [english, chinese] = STEP_SHAPES[shapeIndex] ?? (row > 0 ? [1, 0] : [0, 1]);
    row -= english;
    column -= chinese;
    steps.push({ englishStart: row, english, chineseStart: column, chinese });
  }
  return steps.reverse();
}
