import { describe, expect, it } from 'vitest';
import { memorySuggestions, suggestionAt } from '@/components/editor/use-memory-matches.ts';

const match = (target: string, score = 100) => ({ source: `source of ${target}`, target, score });

describe('memory suggestions', () => {
  it('offer whole-segment matches first, then the best match of each sentence, nine at most', () => {
    const lookup = {
      matches: [match('整段甲'), match('整段乙', 80)],
      sentences: [
        { index: 0, matches: [match('句一', 90), match('句一备选', 70)] },
        { index: 1, matches: [] },
        { index: 2, matches: [match('句三', 75)] },
      ],
    };
    expect(memorySuggestions(lookup).map((suggestion) => [suggestion.target, suggestion.sentence])).toEqual([
      ['整段甲', undefined],
      ['整段乙', undefined],
      ['句一', 0],
      ['句三', 2],
    ]);
    const many = { matches: Array.from({ length: 7 }, (_, index) => match(`整段${index}`)), sentences: lookup.sentences };
    expect(memorySuggestions(many)).toHaveLength(9);
  });

  it('are picked by position only once loaded', () => {
    const ready = { state: 'ready' as const, value: [match('甲'), match('乙')] };
    expect(suggestionAt(ready, 1)?.target).toBe('乙');
    expect(suggestionAt(ready, 2)).toBeUndefined();
    expect(suggestionAt({ state: 'loading' }, 0)).toBeUndefined();
  });
});
