import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';
import { normalizeLinkTarget } from './markdown-parity.ts';
import { areContiguous, proseSpan } from './markdown-view.ts';

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** Six or more English words in a row (commas and the like allowed between them). */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*){5,}/g;
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
  for (const match of target.prose.matchAll(ENGLISH_RUN)) {
    const words = match[0].match(WORD) ?? [];
    const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
    const lowerCase = words.filter((word) => word[0] === word[0]!.toLowerCase()).length;
    if (functionWords < 2 || lowerCase * 2 < words.length) continue;
    if (OPENING_QUOTES.has(target.prose.slice(0, match.index).trimEnd().slice(-1))) continue;
    if (!sourceText.includes(normalizeWords(match[0]))) continue;
    const last = match.index + match[0].length - 1;
    if (!areContiguous(target, match.index, last)) continue;
    findings.push({ message: 'leftoverEnglish', span: proseSpan(target, match.index, last) });
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

function normalizeWords(text: string): string {
  return (text.match(WORD) ?? []).join(' ').toLowerCase();
}
