/*
 * Reading time for a bilingual article. Chinese readers take in about 400 characters a minute and
 * English readers about 230 words a minute; the two estimates are shown side by side, each naming
 * its language, because the same article takes different times to read in each.
 */

export const chineseCharactersPerMinute = 400;
export const englishWordsPerMinute = 230;

const han = /\p{Script=Han}/gu;
const englishWords = new Intl.Segmenter('en', { granularity: 'word' });

export function countChineseCharacters(text: string): number {
  return text.match(han)?.length ?? 0;
}

export function countWords(text: string): number {
  let words = 0;
  for (const piece of englishWords.segment(text)) if (piece.isWordLike) words += 1;
  return words;
}

export type ReadingTime = { chineseMinutes: number; englishMinutes: number; chineseCharacters: number; englishWords: number };

/** Whole minutes, at least one for any text at all. */
function minutes(amount: number, perMinute: number): number {
  return amount === 0 ? 0 : Math.max(1, Math.round(amount / perMinute));
}

export function estimateReadingTime(texts: ReadonlyArray<{ en: string; zh: string | null }>): ReadingTime {
  let chineseCharacters = 0;
  let englishWordCount = 0;
  for (const text of texts) {
    englishWordCount += countWords(text.en);
    if (text.zh) chineseCharacters += countChineseCharacters(text.zh);
  }
  return {
    chineseCharacters,
    englishWords: englishWordCount,
    chineseMinutes: minutes(chineseCharacters, chineseCharactersPerMinute),
    englishMinutes: minutes(englishWordCount, englishWordsPerMinute),
  };
}
