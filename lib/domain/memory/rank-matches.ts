import { diffWords, type WordChange } from '../markdown/word-diff.ts';
import { scoreTokens, sameText } from './match-score.ts';
import { wordTokens } from './word-tokens.ts';

export interface StoredMemoryEntry {
  id: number;
  source: string;
  target: string;
  origin: 'approved' | 'tmx';
  unit: 'segment' | 'sentence';
  createdAt: Date;
}

export interface MemoryMatch extends StoredMemoryEntry {
  /** 0–100: 100 for the same text, otherwise one minus the word edit distance over the longer text. */
  score: number;
  /** From the memory's source to the text looked up: what the translator must change in `target`. */
  diff: WordChange[];
}

/**
 * Scores candidate entries against the text being translated and keeps the best: highest score
 * first, then the newest (a later approval of the same source reflects the latest wording).
 */
export function rankMatches(query: string, candidates: readonly StoredMemoryEntry[], options: { minScore: number; limit: number }): MemoryMatch[] {
  const queryWords = wordTokens(query);
  const seen = new Set<number>();
  const scored: Array<StoredMemoryEntry & { score: number }> = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const score = sameText(query, candidate.source) ? 100 : scoreTokens(queryWords, wordTokens(candidate.source), options.minScore);
    if (score >= options.minScore) scored.push({ ...candidate, score });
  }
  scored.sort((a, b) => b.score - a.score || b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  return scored.slice(0, options.limit).map((match) => ({ ...match, diff: diffWords(match.source, query) }));
}
