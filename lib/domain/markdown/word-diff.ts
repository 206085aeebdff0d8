import { diffWords as diffTokens } from 'diff';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

// The Chinese locale's dictionary finds word boundaries in CJK text, which has no spaces; Latin
// text is split at spaces and punctuation as in any locale.
const WORD_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-level changes from `previous` to `next`, for showing what changed in an updated source. */
export function diffWords(previous: string, next: string): WordChange[] {
  return diffTokens(previous, next, { intlSegmenter: WORD_SEGMENTER }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
