import { findLiteralText, overlapsAny } from './find-literal-text.ts';
import type { GlossaryEntry } from './glossary-term.ts';

/** One occurrence of a glossary term in an English text, with every entry for that English term. */
export interface GlossaryTermMatch<T extends GlossaryEntry = GlossaryEntry> {
  /** UTF-16 offsets into the text, end exclusive, as for `text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The entries whose English is the term found: its preferred and its forbidden renderings. */
  terms: T[];
}

interface CompiledTerm<T> {
  pattern: RegExp;
  /** Characters before the term's first word (".NET"): where a match starts relative to that word. */
  lead: number;
  entries: T[];
}

const WORD = /[\p{L}\p{N}_]+/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Finds glossary terms in an English segment: case-insensitive, at word boundaries, also in the
 * plural (model → models, batch → batches, policy → policies), with any whitespace between the words
 * of a multi-word term. Acronyms written in capitals (GPU, US) match only in capitals, so the word
 * "us" is not the term "US". Where terms overlap, the longest wins ("language model" over "model").
 * Nothing inside inline code, a link destination, an HTML tag, a URL or an e-mail address matches:
 * those are carried over unchanged (see `findLiteralText`). Matches are returned in text order and
 * never overlap.
 */
export function findGlossaryTerms<T extends GlossaryEntry>(source: string, terms: readonly T[]): GlossaryTermMatch<T>[] {
  return createGlossaryMatcher(terms)(source);
}

/** `findGlossaryTerms` with the terms prepared once, for matching many segments against one glossary. */
export function createGlossaryMatcher<T extends GlossaryEntry>(terms: readonly T[]): (source: string) => GlossaryTermMatch<T>[] {
  const byFirstWord = compile(terms);
  return (source) => {
    const literal = findLiteralText(source);
    const found: Array<GlossaryTermMatch<T>> = [];
    for (const word of source.matchAll(WORD)) {
      const candidates = new Set(wordForms(word[0].toLowerCase()).flatMap((form) => byFirstWord.get(form) ?? []));
      for (const term of candidates) {
        const start = word.index - term.lead;
        if (start < 0) continue;
        term.pattern.lastIndex = start;
        const match = term.pattern.exec(source);
        if (!match) continue;
        const end = start + match[0].length;
        if (overlapsAny(literal, start, end)) continue;
        found.push({ start, end, text: match[0], terms: term.entries });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Array<GlossaryTermMatch<T>> = [];
    for (const match of found) {
      if (kept.length === 0 || match.start >= kept[kept.length - 1]!.end) kept.push(match);
    }
    return kept;
  };
}

function compile<T extends GlossaryEntry>(terms: readonly T[]): Map<string, CompiledTerm<T>[]> {
  const byTerm = new Map<string, CompiledTerm<T>>();
  const byFirstWord = new Map<string, CompiledTerm<T>[]>();
  for (const entry of terms) {
    const term = entry.source.trim().replace(/\s+/g, ' ');
    const firstWord = new RegExp(WORD.source, 'u').exec(term);
    if (!firstWord) continue;
    const acronym = isAcronym(term);
    const key = acronym ? term : term.toLowerCase();
    const existing = byTerm.get(key);
    if (existing) {
      existing.entries.push(entry);
      continue;
    }
    const compiled: CompiledTerm<T> = { pattern: termPattern(term, acronym), lead: firstWord.index, entries: [entry] };
    byTerm.set(key, compiled);
    const list = byFirstWord.get(firstWord[0].toLowerCase()) ?? [];
    list.push(compiled);
    byFirstWord.set(firstWord[0].toLowerCase(), list);
  }
  return byFirstWord;
}

function isAcronym(term: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

function termPattern(term: string, acronym: boolean): RegExp {
  const words = term.split(' ').map(escapeRegExp);
  const body = [...words.slice(0, -1), withPlural(words[words.length - 1]!)].join('\\s+');
  const before = WORD_CHAR.test(term[0]!) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_CHAR.test(term[term.length - 1]!) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${before}${body}${after}`, acronym ? 'uy' : 'iuy');
}

/** The last word and its simple English plural: policy → policies, batch → batches, model → models. */
function withPlural(word: string): string {
  if (!/\p{L}$/u.test(word)) return word;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}(?:y|ies)`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}(?:es)?`;
  return `${word}s?`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The word itself and the singulars it may be the plural of, to find the terms starting with it. */
function wordForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}
