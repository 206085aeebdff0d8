import { describe, expect, it } from 'vitest';
import { countChineseCharacters, estimateReadingTime } from '@/lib/domain/reader/reading-time.ts';

describe('reading time', () => {
  it('counts Chinese characters, not punctuation or Latin letters', () => {
    expect(countChineseCharacters('开源人工智能：数字主权的基石（AI）。')).toBe(13);
  });

  it('estimates Chinese at 400 characters and English at 230 words a minute', () => {
    const chinese = '字'.repeat(1000);
    const english = Array.from({ length: 690 }, () => 'word').join(' ');
    expect(estimateReadingTime([{ en: english, zh: chinese }])).toEqual({
      chineseCharacters: 1000,
      englishWords: 690,
      chineseMinutes: 3,
      englishMinutes: 3,
    });
  });

  it('says at least a minute for any text, and nothing for none', () => {
    expect(estimateReadingTime([{ en: 'Hello there.', zh: '你好。' }])).toMatchObject({ chineseMinutes: 1, englishMinutes: 1 });
    expect(estimateReadingTime([])).toMatchObject({ chineseMinutes: 0, englishMinutes: 0 });
  });

  it('adds up every pair and skips untranslated ones on the Chinese side', () => {
    const time = estimateReadingTime([
      { en: 'One two three.', zh: '一二三。' },
      { en: 'Four five.', zh: null },
    ]);
    expect(time).toMatchObject({ englishWords: 5, chineseCharacters: 3 });
  });
});
