import { describe, expect, it } from 'vitest';
import { findGlossaryTerms } from '@/lib/domain/glossary/find-glossary-terms.ts';
import type { GlossaryEntry } from '@/lib/domain/glossary/glossary-term.ts';

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

  it('finds nothing with an empty glossary', () => {
    expect(findGlossaryTerms('A model.', [])).toEqual([]);
  });
});
