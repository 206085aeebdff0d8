import { mergeProfiles, type BlockProfile } from './block-profile.ts';
import {
  kindAffinity,
  scoreMatch,
  SPLIT_AT_LINE_BREAK,
  SPLIT_OR_MERGE,
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

const STEP_SHAPES = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
] as const;

/** Beyond this many cells, only a band around the diagonal is searched, to bound time and memory. */
const MAX_CELLS = 4_000_000;

/**
 * Needleman–Wunsch over blocks: the highest-scoring monotone alignment allowing 1:1, 1:2 (a split
 * paragraph), 2:1 (merged paragraphs), and blocks left unaligned on either side.
 */
export function alignBlocks(english: AlignableBlock[], chinese: AlignableBlock[], lengthRatio: number): AlignmentStep[] {
  const rows = english.length + 1;
  const columns = chinese.length + 1;
  const halfBand = rows * columns <= MAX_CELLS ? columns : Math.max(Math.abs(rows - columns) + 50, Math.floor(MAX_CELLS / rows / 2));
  const band = Array.from({ length: rows }, (_, row) => {
    const diagonal = Math.round((row * (columns - 1)) / Math.max(1, rows - 1));
    return { low: Math.max(0, diagonal - halfBand), high: Math.min(columns - 1, diagonal + halfBand) };
  });
  const rowOffsets = new Int32Array(rows + 1);
  band.forEach((range, row) => (rowOffsets[row + 1] = (rowOffsets[row] ?? 0) + range.high - range.low + 1));
  const cellCount = rowOffsets[rows] ?? 0;
  const best = new Float64Array(cellCount).fill(Number.NEGATIVE_INFINITY);
  const choice = new Int8Array(cellCount).fill(-1);
  const cell = (row: number, column: number) => {
    const range = band[row];
    if (!range || column < range.low || column > range.high) return -1;
    return (rowOffsets[row] ?? 0) + column - range.low;
  };

  const englishPairs = english.slice(1).map((block, index) => mergeProfiles(english[index]!.profile, block.profile));
  const chinesePairs = chinese.slice(1).map((block, index) => mergeProfiles(chinese[index]!.profile, block.profile));
  const stepScore = (row: number, column: number, shape: (typeof STEP_SHAPES)[number]): number => {
    const [englishCount, chineseCount] = shape;
    if (englishCount === 0) return chinese[column]!.isTranslatorNote ? UNALIGNED_TRANSLATOR_NOTE : UNALIGNED_BLOCK;
    if (chineseCount === 0) return UNALIGNED_BLOCK;
    const source = english[row]!.profile;
    const target = chinese[column]!.profile;
    if (englishCount === 1 && chineseCount === 1) return scoreMatch(source, target, lengthRatio);
    // Keys and headings are never split or merged: a second one is an added key or section.
    if (!canSplitOrMerge(source) || !canSplitOrMerge(target)) return Number.NEGATIVE_INFINITY;
    if (englishCount === 1) {
      const second = chinese[column + 1]!.profile;
      const lineBreakBonus = source.hasLineBreak && source.kind === 'paragraph' ? SPLIT_AT_LINE_BREAK : 0;
      return (
        scoreMatch(source, chinesePairs[column]!, lengthRatio) +
        Math.min(0, kindAffinity(source.kind, second.kind)) +
        SPLIT_OR_MERGE +
        lineBreakBonus
      );
    }
    // A Chinese list item or quote often absorbs the image or code block that followed it in English.
    const second = english[row + 1]!.profile;
    if (!canSplitOrMerge(second)) return Number.NEGATIVE_INFINITY;
    const absorbs = target.kind === 'list_item' || target.kind === 'blockquote';
    const secondAffinity = absorbs ? 0 : Math.min(0, kindAffinity(second.kind, target.kind));
    return scoreMatch(englishPairs[row]!, target, lengthRatio) + secondAffinity + SPLIT_OR_MERGE;
  };

  best[cell(0, 0)] = 0;
  for (let row = 0; row < rows; row++) {
    const range = band[row]!;
    for (let column = range.low; column <= range.high; column++) {
      const here = cell(row, column);
      STEP_SHAPES.forEach((shape, shapeIndex) => {
        const [englishCount, chineseCount] = shape;
        const from = cell(row - englishCount, column - chineseCount);
        if (row < englishCount || column < chineseCount || from === -1) return;
        const previous = best[from]!;
        if (previous === Number.NEGATIVE_INFINITY) return;
        const score = previous + stepScore(row - englishCount, column - chineseCount, shape);
        if (score > best[here]!) {
          best[here] = score;
          choice[here] = shapeIndex;
        }
      });
    }
  }
  return traceBack(choice, cell, rows - 1, columns - 1);
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
