import { segmentContent } from '../markdown/source-segment.ts';
import { segmentLongText } from '../text/segment-long-text.ts';

const ENGLISH = new Intl.Segmenter('en', { granularity: 'sentence' });

// Unicode's sentence rules end a sentence after "Dr." before a capital; these never end one.
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|vs|fig|figs|eq|e\.g|i\.e|cf|approx)\.\s*$/i;
/**
 * Characters before a sentence's trailing spaces that decide whether it ends with an abbreviation:
 * the longest with its dot ("approx.", 7) and the character before it fit, and none fills all 9, so
 * the start of the tested piece is never taken for the start of the sentence.
 */
const ABBREVIATION_CONTEXT = 9;
const WHITESPACE = /\s/;

/**
 * The sentences of an English segment, trimmed. A single line break is a wrapped line in Markdown,
 * not the end of a sentence (Unicode's rules would break there), so it is read as a space.
 */
export function splitEnglishSentences(text: string): string[] {
  const content = segmentContent(text);
  const unwrapped = content.replace(/[\r\n]/g, ' ');
  // Ranges of `content`: a sentence that grows by merging is not copied again and again.
  const sentences: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of segmentLongText(ENGLISH, unwrapped)) {
    const previous = sentences[sentences.length - 1];
    if (previous && endsWithAbbreviation(content, previous.start, previous.end)) previous.end = index + segment.length;
    else sentences.push({ start: index, end: index + segment.length });
  }
  return sentences.map(({ start, end }) => content.slice(start, end).trim()).filter((sentence) => sentence !== '');
}

/**
 * Whether `content.slice(start, end)` ends with an abbreviation. Only its last characters are tested:
 * "Dr. Dr. Dr. …" merges into one long sentence, which is tested again after every piece.
 */
function endsWithAbbreviation(content: string, start: number, end: number): boolean {
  let textEnd = end;
  while (textEnd > start && WHITESPACE.test(content[textEnd - 1]!)) textEnd--;
  return ABBREVIATION.test(content.slice(Math.max(start, textEnd - ABBREVIATION_CONTEXT), end));
}

/*
 * A Chinese sentence ends at 。！？ (and at ! or ? before a space, the end or a Han character, so a
 * URL's query string does not end one), together with the closing quotes and brackets after it.
 * The ellipsis …… and the semicolon ； do not end a sentence.
 */
const CHINESE_END = /(?:[。！？]|[!?](?=\s|$|\p{Script=Han}))+[”’」』）)】》"']*/gu;

export function splitChineseSentences(text: string): string[] {
  const content = segmentContent(text);
  const sentences: string[] = [];
  let start = 0;
  for (const match of content.matchAll(CHINESE_END)) {
    const end = match.index + match[0].length;
    sentences.push(content.slice(start, end));
    start = end;
  }
  sentences.push(content.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

export interface SentencePair {
  source: string;
  target: string;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const numbersIn = (text: string) => (text.match(NUMBER) ?? []).sort().join(' ');

/**
 * Pairs the sentences of a paragraph with those of its translation, one to one, when that is safe:
 * both have the same number of sentences (at least two) and every pair carries the same numbers. A
 * translator who merged two sentences and split another makes the counts match by accident; the
 * numbers usually tell, and a wrong pair in the memory is worse than none.
 */
export function alignSentences(source: string, target: string): SentencePair[] {
  const english = splitEnglishSentences(source);
  const chinese = splitChineseSentences(target);
  if (english.length < 2 || english.length !== chinese.length) return [];
  const pairs = english.map((sentence, index) => ({ source: sentence, target: chinese[index]! }));
  return pairs.every((pair) => numbersIn(pair.source) === numbersIn(pair.target)) ? pairs : [];
}
