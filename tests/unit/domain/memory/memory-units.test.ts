import { describe, expect, it } from 'vitest';
import { memoryUnitsForPair, uniqueUnits } from '@/lib/domain/memory/memory-units.ts';

describe('what the memory learns from a pair', () => {
  it('is the pair and its aligned sentences, with lengths and index tokens', () => {
    const units = memoryUnitsForPair('Cats sleep a lot. Dogs bark at night.\n\n', '猫很能睡。狗在夜里叫。');
    expect(units.map(({ source, target, unit, wordCount, tokens }) => ({ source, target, unit, wordCount, tokens }))).toEqual([
      { source: 'Cats sleep a lot. Dogs bark at night.', target: '猫很能睡。狗在夜里叫。', unit: 'segment', wordCount: 8, tokens: ['cats sleep', 'sleep lot', 'lot dogs', 'dogs bark', 'bark night'] },
      { source: 'Cats sleep a lot.', target: '猫很能睡。', unit: 'sentence', wordCount: 4, tokens: ['cats sleep', 'sleep lot'] },
      { source: 'Dogs bark at night.', target: '狗在夜里叫。', unit: 'sentence', wordCount: 4, tokens: ['dogs bark', 'bark night'] },
    ]);
    expect(memoryUnitsForPair('Text.', '   ')).toEqual([]);
  });
});

describe('storing each pair once', () => {
  it('keeps the first of equal units, but a whole segment over a sentence with the same texts', () => {
    const [sentence] = memoryUnitsForPair('One. Two.', '一。二。').slice(1);
    const [segment] = memoryUnitsForPair('One.', '一。');
    expect(uniqueUnits([sentence!, segment!, sentence!]).map((unit) => unit.unit)).toEqual(['segment']);
  });
});
