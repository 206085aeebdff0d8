import { alignBlocks, type AlignableBlock } from './align-blocks.ts';
import { layoutOf, locateBlocks, type BlockLayout } from './block-layout.ts';
import { profileBlock } from './block-profile.ts';
import { segmentMarkdown } from './segment-markdown.ts';
import type { SourceSegment } from './source-segment.ts';

/** Translation text for one source segment: one Chinese block, or several when the translator split it. */
export interface AlignedPair {
  segmentIndex: number;
  text: string;
  layout: BlockLayout;
}

/** A source segment whose translation is inside another segment's pair (the translator merged them). */
export interface MergedSegment {
  segmentIndex: number;
  intoSegmentIndex: number;
}

export type UnalignedReason = 'added-front-matter-key' | 'translator-note' | 'no-counterpart';

/** A Chinese block with no source counterpart, kept with its position so nothing is lost. */
export interface UnalignedBlock {
  afterSegmentIndex: number | null;
  text: string;
  reason: UnalignedReason;
  layout: BlockLayout;
}

export interface TranslationAlignment {
  pairs: AlignedPair[];
  merged: MergedSegment[];
  unaligned: UnalignedBlock[];
}

const TRANSLATOR_NOTE = /译者注|译注|译者按|译者[:：]|校对[:：]|英文原文|原文链接|原文[:：]|^\**注[:：]/;

/**
 * Aligns an existing Chinese translation with the segments of its English source by structure and
 * by what translators keep (links, numbers, code, names), not by position. Every Chinese block ends
 * up in exactly one pair or unaligned block, as it appears in the Chinese file.
 */
export function alignTranslation(englishSegments: SourceSegment[], chineseMarkdown: string): TranslationAlignment {
  const located = locateBlocks(segmentMarkdown(chineseMarkdown));
  // Whitespace-only blocks are skipped; layouts count blocks as they stand in the file.
  const fileIndexes = located.flatMap((block, index) => (block.end > block.start ? [index] : []));
  const chineseBlocks = fileIndexes.map((index) => located[index]!);
  const fileIndex = (block: number) => fileIndexes[block]!;
  const english = englishSegments.map((segment) => ({ profile: profileBlock(segment), isTranslatorNote: false }));
  const chinese: AlignableBlock[] = chineseBlocks.map((block) => ({
    profile: profileBlock(block.segment),
    isTranslatorNote: TRANSLATOR_NOTE.test(chineseMarkdown.slice(block.start, block.end)),
  }));
  const textOf = (first: number, count: number) =>
    chineseMarkdown.slice(chineseBlocks[first]!.start, chineseBlocks[first + count - 1]!.end);
  const layout = (first: number, count: number) => layoutOf(chineseBlocks, first, first + count - 1, fileIndex);

  const alignment: TranslationAlignment = { pairs: [], merged: [], unaligned: [] };
  let lastEnglish: number | null = null;
  for (const step of alignBlocks(english, chinese, lengthRatio(english, chinese))) {
    if (step.english === 0) {
      alignment.unaligned.push({
        afterSegmentIndex: lastEnglish,
        text: textOf(step.chineseStart, 1),
        reason: unalignedReason(chinese[step.chineseStart]!),
        layout: layout(step.chineseStart, 1),
      });
      continue;
    }
    lastEnglish = step.englishStart + step.english - 1;
    if (step.chinese === 0) continue;
    alignment.pairs.push({
      segmentIndex: step.englishStart,
      text: textOf(step.chineseStart, step.chinese),
      layout: layout(step.chineseStart, step.chinese),
    });
    if (step.english === 2) alignment.merged.push({ segmentIndex: step.englishStart + 1, intoSegmentIndex: step.englishStart });
  }
  return alignment;
}

/** How much longer or shorter the translation is overall, so a block's length can be judged fairly. */
function lengthRatio(english: AlignableBlock[], chinese: AlignableBlock[]): number {
  const total = (blocks: AlignableBlock[]) => blocks.reduce((sum, block) => sum + block.profile.textLength, 0);
  const englishLength = total(english);
  const chineseLength = total(chinese);
  if (englishLength === 0 || chineseLength === 0) return 0.5;
  return Math.min(3, Math.max(0.1, chineseLength / englishLength));
}

function unalignedReason(block: AlignableBlock): UnalignedReason {
  if (block.profile.kind === 'frontmatter') return 'added-front-matter-key';
  return block.isTranslatorNote ? 'translator-note' : 'no-counterpart';
}
