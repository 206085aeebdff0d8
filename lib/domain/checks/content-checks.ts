import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';
import { normalizeLinkTarget } from './markdown-parity.ts';
import { areContiguous, proseSpan } from './markdown-view.ts';

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** What may stand between the words of a run of English: spaces, commas and the like. */
const BETWEEN_WORDS = /^[ ,;:]+$/;
const MIN_RUN_WORDS = 6;
const FUNCTION_WORDS = new Set(
  'the a an of to is are was were be been and or in on at for with that this it we you they can will as by from not but if which'.split(' '),
);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '「', '『', '(', '（', '《']);

export function checkEmpty({ source, target }: CheckContext): FindingDraft[] {
  const isEmpty = target.text.trim() === '' && source.text.trim() !== '';
  return isEmpty ? [{ message: 'empty', span: { start: 0, end: target.text.length } }] : [];
}

/** The target is the source, unchanged, and the source has words to translate (not only names, figures or code). */
export function checkUntranslated({ source, target }: CheckContext): FindingDraft[] {
  if (target.text.trim() !== source.text.trim()) return [];
  // Tables of names and figures and one-word labels stay as they are; sentences do not.
  const lowerCaseWords = (source.prose.match(WORD) ?? []).filter((word) => word[0] === word[0]!.toLowerCase());
  return lowerCaseWords.length >= 3 ? [{ message: 'untranslated', span: target.content }] : [];
}

/**
 * A sentence of the source left in English inside a translated segment: six or more words that read
 * as a sentence (function words, mostly lower case), copied from the source, not in quotes or
 * parentheses. Titles, names and quoted examples are kept in English on purpose, so they pass.
 */
export function checkLeftoverEnglish({ source, target }: CheckContext): FindingDraft[] {
  if (target.text.trim() === source.text.trim()) return [];
  const sourceText = normalizeWords(source.prose);
  const findings: FindingDraft[] = [];
  for (const run of findEnglishRuns(target.prose)) {
    const words = run.text.match(WORD) ?? [];
    const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
    const lowerCase = words.filter((word) => word[0] === word[0]!.toLowerCase()).length;
    if (functionWords < 2 || lowerCase * 2 < words.length) continue;
    if (OPENING_QUOTES.has(target.prose.slice(0, run.index).trimEnd().slice(-1))) continue;
    if (!sourceText.includes(normalizeWords(run.text))) continue;
    const last = run.index + run.text.length - 1;
    if (!areContiguous(target, run.index, last)) continue;
    findings.push({ message: 'leftoverEnglish', span: proseSpan(target, run.index, last) });
  }
  return findings;
}

/** Bare URLs, autolinks and e-mail addresses are copied unchanged (or become a link to the same place). */
export function checkUrls({ source, target }: CheckContext): FindingDraft[] {
  const available = [...target.urls, ...target.links].map((item) => normalizeLinkTarget(item.value.replace(/^mailto:/, '')));
  return source.urls
    .filter((url) => {
      const index = available.indexOf(normalizeLinkTarget(url.value));
      if (index >= 0) available.splice(index, 1);
      return index < 0;
    })
    .map((url) => ({ message: 'urlMissing', params: { value: url.value }, span: target.content }));
}

/**
 * Six or more English words in a row, with only spaces and `,;:` between them. Read word by word:
 * the regex `[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*){5,}` finds the same runs, but
 * starts over from every letter of a long word, which is quadratic.
 */
function findEnglishRuns(prose: string): Array<{ text: string; index: number }> {
  const runs: Array<{ text: string; index: number }> = [];
  let first = 0;
  let end = 0;
  let words = 0;
  const endRun = () => {
    if (words >= MIN_RUN_WORDS) runs.push({ text: prose.slice(first, end), index: first });
  };
  for (const word of prose.matchAll(WORD)) {
    if (words === 0 || !BETWEEN_WORDS.test(prose.slice(end, word.index))) {
      endRun();
      first = word.index;
      words = 0;
    }
    words++;
    end = word.index + word[0].length;
  }
  endRun();
  return runs;
}

function normalizeWords(text: string): string {
  return (text.match(WORD) ?? []).join(' ').toLowerCase();
}
