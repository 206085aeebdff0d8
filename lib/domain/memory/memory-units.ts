import { hashSource } from '../markdown/hash-source.ts';
import { segmentContent } from '../markdown/source-segment.ts';
import { alignSentences } from './sentences.ts';
import { indexKeys, wordTokens } from './word-tokens.ts';

export type MemoryUnitKind = 'segment' | 'sentence';

/** One row of the memory, ready to store: the texts, their hashes, and what the index needs. */
export interface MemoryUnit {
  source: string;
  target: string;
  sourceHash: string;
  targetHash: string;
  unit: MemoryUnitKind;
  wordCount: number;
  tokens: string[];
}

function toUnit(source: string, target: string, unit: MemoryUnitKind): MemoryUnit {
  const words = wordTokens(source);
  return {
    source,
    target,
    sourceHash: hashSource(source),
    targetHash: hashSource(target),
    unit,
    wordCount: words.length,
    tokens: indexKeys(words),
  };
}

/**
 * What the memory learns from one translated pair: the pair itself and, when the paragraph's
 * sentences align with the translation's, each sentence pair, so that a later version of the
 * paragraph with one sentence changed still finds the others. Empty texts teach nothing.
 */
export function memoryUnitsForPair(source: string, target: string): MemoryUnit[] {
  const english = segmentContent(source);
  const chinese = segmentContent(target);
  if (english === '' || chinese === '') return [];
  const sentences = alignSentences(english, chinese).map((pair) => toUnit(pair.source, pair.target, 'sentence'));
  return [toUnit(english, chinese, 'segment'), ...sentences];
}

/** What makes a unit the same as another: its source and its target. */
export function unitKey(unit: Pick<MemoryUnit, 'sourceHash' | 'targetHash'>): string {
  return `${unit.sourceHash}\u0000${unit.targetHash}`;
}

/**
 * One unit per source and target: the first wins, except that a whole segment replaces a sentence
 * with the same texts (a one-sentence paragraph that is also a sentence of another).
 */
export function uniqueUnits<U extends MemoryUnit>(units: Iterable<U>): U[] {
  const byKey = new Map<string, U>();
  for (const unit of units) {
    const key = unitKey(unit);
    const existing = byKey.get(key);
    if (!existing || (existing.unit === 'sentence' && unit.unit === 'segment')) byKey.set(key, unit);
  }
  return [...byKey.values()];
}
