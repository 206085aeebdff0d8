/*
 * How text is cut into searchable terms. English (and any other script with spaces) is split into
 * words by Intl.Segmenter; Chinese is matched as runs of Han characters, so a query of two or more
 * characters finds them wherever they occur, whether or not the segmenter put a word boundary there.
 * The segmenter's Chinese words are used for ranking: a run that is a whole word scores higher.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const hanRun = /\p{Script=Han}+/gu;
const hasHan = /\p{Script=Han}/u;

/** Case- and width-folded text (full-width Latin letters become ASCII, as readers type them). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Word-like segments of normalized text, Chinese words included. */
export function segmentWords(normalized: string): string[] {
  const words: string[] = [];
  for (const piece of segmenter.segment(normalized)) if (piece.isWordLike) words.push(piece.segment);
  return words;
}

export type QueryTerms = {
  /** Words without Han characters, matched as whole words. */
  words: string[];
  /** Runs of Han characters, matched as substrings. */
  han: string[];
};

/** The terms of a query, deduplicated; single Han characters are dropped when longer runs exist. */
export function parseQuery(query: string): QueryTerms {
  const normalized = normalizeText(query).slice(0, 200);
  const han = [...new Set(normalized.match(hanRun) ?? [])];
  const words = [...new Set(segmentWords(normalized.replace(hanRun, ' ')).filter((word) => !hasHan.test(word)))];
  const longHan = han.filter((run) => run.length >= 2);
  return { words, han: longHan.length > 0 ? longHan : han };
}

export function isEmptyQuery(terms: QueryTerms): boolean {
  return terms.words.length === 0 && terms.han.length === 0;
}

/** How many times `needle` occurs in `haystack` (non-overlapping). */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + needle.length)) count += 1;
  return count;
}

/** Counts of each non-Han word of normalized text. */
export function countWords(normalized: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of segmentWords(normalized)) {
    if (hasHan.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Whether the segmenter reads `run` as a word of its own somewhere in `normalized`. */
export function isWholeWord(normalized: string, run: string): boolean {
  for (const piece of segmenter.segment(normalized)) if (piece.segment === run) return true;
  return false;
}
