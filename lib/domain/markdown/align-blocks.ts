import { mergeProfiles, type BlockProfile } from './block-profile.ts';
import {
  kindAffinity,
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
 * Needleman–Wunsch over blocks: the highest-scoring monotone alignment allowing 1:1, 1:2 (a split
 * paragraph), 2:1 (merged paragraphs), and blocks left unaligned on either side.
 */
export function alignBlocks(english: AlignableBlock[], chinese: AlignableBlock[], lengthRatio: number): AlignmentStep[] {
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
