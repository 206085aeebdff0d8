import { describe, expect, it } from 'vitest';
import { diffWords } from '@/lib/domain/markdown/word-diff.ts';

describe('diffWords', () => {
  it('shows changed English words, not whole lines', () => {
    expect(diffWords('The model runs fast.', 'The model runs very fast.')).toEqual([
      { kind: 'same', text: 'The model runs ' },
      { kind: 'added', text: 'very ' },
      { kind: 'same', text: 'fast.' },
    ]);
  });

  it('shows changed Chinese words although Chinese has no spaces', () => {
    const changes = diffWords('我们今天发布了一个新的模型。', '我们昨天发布了一个新的模型。');
    expect(changes.filter((change) => change.kind !== 'same')).toEqual([
      { kind: 'removed', text: '今天' },
      { kind: 'added', text: '昨天' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const previous = 'Gemma 2 有 90 亿参数。';
    const next = 'Gemma 2 有 270 亿参数和 90 亿参数两种。';
    const changes = diffWords(previous, next);
    const text = (kind: 'added' | 'removed') => changes.filter((change) => change.kind !== kind).map((change) => change.text).join('');
    expect(text('added')).toBe(previous);
    expect(text('removed')).toBe(next);
  });
});
