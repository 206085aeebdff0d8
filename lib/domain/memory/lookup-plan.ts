/*
 * How a fuzzy lookup reads the inverted index (MemoryToken) without scanning it. Its tokens are pairs
 * of neighbouring content words (see indexKeys). A candidate that can reach `minScore` against a query
 * of n words has between n·s and n/s words (s = minScore / 100), since the edit distance is at least
 * the difference in length; and it is at most d = (1 − s)·n/s word edits away. One edited word breaks
 * at most two of the query's pairs, so the candidate has all but at most 2d of them, and therefore at
 * least one of any 2d + 1. The lookup reads the postings of the query's 2d + 1 rarest pairs (fewer when
 * they add up to more than a budget), restricted to that length band, counts hits per entry, and
 * scores the entries with the most hits in full.
 */

export interface LengthBand {
  min: number;
  max: number;
}

export function lengthBand(queryWords: number, minScore: number): LengthBand {
  const share = Math.min(Math.max(minScore, 1), 100) / 100;
  return { min: Math.ceil(queryWords * share), max: Math.floor(queryWords / share) };
}

export interface TokenFrequency {
  token: string;
  /** Postings in the length band, counted up to a cap: a capped count means "common". */
  entries: number;
}

export interface ProbeOptions {
  queryWords: number;
  minScore: number;
  /** Postings the lookup is willing to read; the rarest two tokens are read whatever they cost. */
  budget: number;
}

/** The tokens whose postings a lookup reads, rarest first; tokens nothing contains are left out. */
export function chooseProbeTokens(frequencies: readonly TokenFrequency[], options: ProbeOptions): TokenFrequency[] {
  const share = Math.min(Math.max(options.minScore, 1), 100) / 100;
  const needed = 2 * Math.floor(((1 - share) * options.queryWords) / share) + 1;
  const present = frequencies.filter((frequency) => frequency.entries > 0).sort((a, b) => a.entries - b.entries);
  const chosen: TokenFrequency[] = [];
  let postings = 0;
  for (const frequency of present) {
    if (chosen.length >= needed) break;
    if (chosen.length >= 2 && postings + frequency.entries > options.budget) break;
    chosen.push(frequency);
    postings += frequency.entries;
  }
  return chosen;
}

/**
 * Which of a long query's tokens to count at all: the longest ones, since longer words are rarer,
 * so a 300-word paragraph costs no more than a 30-word one.
 */
export function tokensWorthCounting(tokens: readonly string[], limit: number): string[] {
  if (tokens.length <= limit) return [...tokens];
  return [...tokens].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, limit);
}
