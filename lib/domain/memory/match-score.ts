import { hashSource } from '../markdown/hash-source.ts';
import { wordTokens } from './word-tokens.ts';

/**
 * How well a memory entry's source fits the text being translated, from 0 to 100: one minus the
 * word-level edit distance over the longer of the two. 100 is kept for the same text (ignoring the
 * whitespace around it); a difference in punctuation or Markdown alone scores 99.
 */
export function matchScore(query: string, candidate: string, minScore = 0): number {
  if (sameText(query, candidate)) return 100;
  return scoreTokens(wordTokens(query), wordTokens(candidate), minScore);
}

/** The same text as far as the memory is concerned: what `hashSource` normalizes away does not count. */
export function sameText(first: string, second: string): boolean {
  return hashSource(first) === hashSource(second);
}

/** Token score of two different texts (at most 99); below `minScore` it may stop early and return less. */
export function scoreTokens(query: readonly string[], candidate: readonly string[], minScore = 0): number {
  const longest = Math.max(query.length, candidate.length);
  if (longest === 0) return 0;
  const maxDistance = Math.floor(longest * (1 - minScore / 100));
  const distance = tokenEditDistance(query, candidate, maxDistance);
  return Math.min(99, Math.max(0, Math.floor(100 * (1 - distance / longest))));
}

/**
 * Levenshtein distance over tokens (insert, delete, substitute a whole word). Gives up once the
 * distance must exceed `maxDistance` and returns `maxDistance + 1`.
 */
export function tokenEditDistance(first: readonly string[], second: readonly string[], maxDistance = Infinity): number {
  if (Math.abs(first.length - second.length) > maxDistance) return maxDistance + 1;
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);
  let current = new Array<number>(second.length + 1);
  for (let row = 1; row <= first.length; row++) {
    current[0] = row;
    let rowMinimum = row;
    for (let column = 1; column <= second.length; column++) {
      const substitution = previous[column - 1]! + (first[row - 1] === second[column - 1] ? 0 : 1);
      const value = Math.min(substitution, previous[column]! + 1, current[column - 1]! + 1);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > maxDistance) return maxDistance + 1;
    [previous, current] = [current, previous];
  }
  return previous[second.length]!;
}
