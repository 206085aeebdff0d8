import { describe, expect, it } from 'vitest';
import { findGlossaryTerms } from '@/lib/domain/glossary/find-glossary-terms.ts';
import type { GlossaryEntry } from '@/lib/domain/glossary/glossary-term.ts';
import { HOSTILE_GLOSSARY, HOSTILE_GLOSSARY_TEXTS } from '../../../../bench/lib/hostile-texts.ts';

const glossary: GlossaryEntry[] = [
  { source: 'model', target: '模型', status: 'preferred' },
  { source: 'model', target: '模特', status: 'forbidden' },
  { source: 'language model', target: '语言模型', status: 'preferred' },
  { source: 'policy', target: '策略', status: 'preferred' },
  { source: 'batch', target: '批次', status: 'preferred' },
  { source: 'GPU', target: 'GPU', status: 'preferred' },
  { source: 'US', target: '美国', status: 'preferred' },
  { source: 'C++', target: 'C++', status: 'preferred' },
  { source: '.NET', target: '.NET', status: 'preferred' },
];

const found = (text: string) => findGlossaryTerms(text, glossary).map((match) => [match.text, match.terms.map((term) => term.target)]);

describe('finding glossary terms in a source', () => {
  it('matches whole words in any letter case and simple plurals, returning spans', () => {
    const text = 'Models, batches and Policies; not remodel or modeling.';
    const matches = findGlossaryTerms(text, glossary);
    expect(matches.map(({ start, end, text: matched }) => ({ start, end, matched }))).toEqual([
      { start: 0, end: 6, matched: 'Models' },
      { start: 8, end: 15, matched: 'batches' },
      { start: 20, end: 28, matched: 'Policies' },
    ]);
    expect(matches[0]!.terms).toEqual([glossary[0], glossary[1]]);
  });

  it('prefers the longest term and allows any whitespace inside one', () => {
    expect(found('A large language\nmodels paper about a model.')).toEqual([
      ['language\nmodels', ['语言模型']],
      ['model', ['模型', '模特']],
    ]);
  });

  it('matches acronyms only in capitals, and terms that start or end with punctuation', () => {
    expect(found('Tell us about GPUs in the US, gpu or not, in C++ and .NET.')).toEqual([
      ['GPUs', ['GPU']],
      ['US', ['美国']],
      ['C++', ['C++']],
      ['.NET', ['.NET']],
    ]);
  });

  it('skips inline code, link destinations, HTML, URLs and e-mail addresses', () => {
    expect(found('`model` [the model](https://x.com/model) <img alt="model"> https://model.dev model@x.com')).toEqual([['model', ['模型', '模特']]]);
  });

  it('reads code spans as CommonMark does, and tags and link destinations up to their closing character', () => {
    const models = (text: string) => findGlossaryTerms(text, glossary).map((match) => match.start);
    expect(models('``a `model` b`` and model')).toEqual([20]);
    expect(models('an `unclosed model')).toEqual([13]);
    expect(models('Use `a<b` when the model > 3.')).toEqual([19]);
    expect(models('1 < model\nand model > 2')).toEqual([4, 14]);
    expect(models('[x](model) model, and ](model without an end')).toEqual([11, 24]);
  });

  it('finds nothing with an empty glossary', () => {
    expect(findGlossaryTerms('A model.', [])).toEqual([]);
  });
});

/*
 * Hostile input: the editor matches the glossary as the translator types, and the fuzz tests feed
 * it megabytes. Each of these once took minutes or did not finish (a regex of literal-text
 * alternatives retried from every letter of a word and every unclosed `](`, `<` or backtick); each
 * must still find every term, and `npm run bench:pathological` prints how long it takes.
 */
const MATCHES: Record<string, number> = {
  'a single word of 1 MB': 0,
  '500,000 backticks and then letters': 0,
  '100,000 unclosed link destinations': 100_000,
  '100,000 unclosed tags': 100_000,
  '100,000 letters and dots, no @': 100_000,
  '100,000 words between code spans': 100_000,
};

describe('finding glossary terms in hostile input', () => {
  it.each(Object.entries(HOSTILE_GLOSSARY_TEXTS))('%s: finds every term, in order, with spans into the text', (name, text) => {
    const matches = findGlossaryTerms(text, HOSTILE_GLOSSARY);
    expect(matches).toHaveLength(MATCHES[name]!);
    let end = 0;
    for (const match of matches) {
      expect(match.start >= end && text.slice(match.start, match.end) === match.text, `${match.start}–${match.end}`).toBe(true);
      end = match.end;
    }
  });
});
