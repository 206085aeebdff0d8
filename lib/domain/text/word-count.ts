import { segmentLongText } from './segment-long-text.ts';

const ENGLISH_WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Words in an English text, as translators and clients count them (Markdown punctuation is not a word). */
export function countEnglishWords(text: string): number {
  let words = 0;
  for (const piece of segmentLongText(ENGLISH_WORDS, text)) if (piece.isWordLike) words += 1;
  return words;
}
