import { describe, expect, it } from 'vitest';
import { chooseProbeTokens, lengthBand } from '@/lib/domain/memory/lookup-plan.ts';
import { matchScore, tokenEditDistance } from '@/lib/domain/memory/match-score.ts';
import { rankMatches } from '@/lib/domain/memory/rank-matches.ts';
import { indexKeys, wordTokens } from '@/lib/domain/memory/word-tokens.ts';

describe('word tokens', () => {
  it('are lower-cased words and numbers, ignoring Markdown and punctuation', () => {
    expect(wordTokens('The **fine-tuned** model (v3.8) runs `train_loop`, doesn’t it?')).toEqual([
      'the', 'fine-tuned', 'model', 'v3.8', 'runs', 'train_loop', 'doesn’t', 'it',
    ]);
  });

  it('are indexed as distinct pairs of neighbouring content words, or the only content word', () => {
    expect(indexKeys(wordTokens('The attention head of the model and the attention head'))).toEqual(['attention head', 'head model', 'model attention']);
    expect(indexKeys(wordTokens('It is the model.'))).toEqual(['model']);
    expect(indexKeys(wordTokens('It is what it is.'))).toEqual([]);
  });
});

describe('match scores', () => {
  it('are 100 for the same text, whatever whitespace surrounds it', () => {
    expect(matchScore('Rivers shape valleys.', '\nRivers shape valleys.\n\n')).toBe(100);
  });

  it('are at most 99 when only punctuation or Markdown differs', () => {
    expect(matchScore('Rivers shape valleys.', 'Rivers shape **valleys**!')).toBe(99);
  });

  it('fall with each word inserted, deleted or replaced, over the longer text', () => {
    const source = 'one two three four five six seven eight nine ten';
    expect(matchScore(source, 'one two three four five six seven eight nine eleven')).toBe(90);
    expect(matchScore(source, 'one two four five six seven eight nine ten')).toBe(90);
    expect(matchScore(source, 'one two three four five six seven eight nine ten eleven twelve')).toBe(83);
    expect(matchScore(source, 'completely different words')).toBe(0);
    expect(matchScore('', 'anything')).toBe(0);
  });

  it('uses a word edit distance that can stop early', () => {
    expect(tokenEditDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
    expect(tokenEditDistance(['a', 'b', 'c', 'd'], ['w', 'x', 'y', 'z'], 1)).toBe(2);
  });
});

describe('ranking matches', () => {
  const entry = (id: number, source: string, createdAt = '2026-01-01') => ({
    id, source, target: `译文 ${id}`, origin: 'approved' as const, unit: 'segment' as const, createdAt: new Date(createdAt),
  });

  it('orders by score then recency, drops weak matches and shows what changed', () => {
    const matches = rankMatches(
      'The cat sat on the mat.',
      [entry(1, 'The dog sat on the mat.'), entry(2, 'The cat sat on the mat.', '2025-01-01'), entry(3, 'The cat sat on the mat.', '2026-02-01'), entry(4, 'Nothing in common here.')],
      { minScore: 50, limit: 10 },
    );
    expect(matches.map((match) => [match.id, match.score])).toEqual([[3, 100], [2, 100], [1, 83]]);
    expect(matches[2]!.diff.filter((change) => change.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'dog' },
      { kind: 'added', text: 'cat' },
    ]);
  });
});

describe('planning a fuzzy lookup', () => {
  it('reads only entries of a length that can reach the minimum score', () => {
    expect(lengthBand(10, 60)).toEqual({ min: 6, max: 16 });
    expect(lengthBand(10, 100)).toEqual({ min: 10, max: 10 });
  });

  it('reads the rarest tokens first, as many as needed, within a budget of postings', () => {
    const frequencies = [
      { token: 'common', entries: 900 },
      { token: 'rare', entries: 3 },
      { token: 'absent', entries: 0 },
      { token: 'medium', entries: 200 },
    ];
    expect(chooseProbeTokens(frequencies, { queryWords: 10, minScore: 60, budget: 1000 }).map((probe) => probe.token)).toEqual(['rare', 'medium']);
    expect(chooseProbeTokens(frequencies, { queryWords: 10, minScore: 60, budget: 5000 }).map((probe) => probe.token)).toEqual(['rare', 'medium', 'common']);
    // At 95 a 10-word query allows no edit at all: the match has every pair, so the rarest one will do.
    expect(chooseProbeTokens(frequencies, { queryWords: 10, minScore: 95, budget: 5000 }).map((probe) => probe.token)).toEqual(['rare']);
  });
});
