import { describe, expect, it } from 'vitest';
import { findingExcerpt } from '@/lib/domain/checks/excerpt.ts';

describe('where a finding is', () => {
  it('shows the span with a few characters either side, and ellipses where the text goes on', () => {
    const target = '这个模型有 335M 个参数，比上一代大得多，训练也更快。';
    const start = target.indexOf('335M');
    expect(findingExcerpt(target, { start, end: start + 4 }, 4)).toEqual({ before: '…模型有 ', match: '335M', after: ' 个参数…', start });
  });

  it('shows an empty span (something missing) between its neighbours, and stays inside the text', () => {
    expect(findingExcerpt('使用GPU训练', { start: 2, end: 2 }, 2)).toEqual({ before: '使用', match: '', after: 'GP…', start: 2 });
    expect(findingExcerpt('短', { start: 5, end: 9 })).toEqual({ before: '短', match: '', after: '', start: 1 });
  });

  it('keeps an excerpt on one line', () => {
    expect(findingExcerpt('第一行\n第二行', { start: 3, end: 4 }).before).toBe('第一行');
    expect(findingExcerpt('第一行\n第二行', { start: 0, end: 7 }).match).toBe('第一行 第二行');
  });
});
