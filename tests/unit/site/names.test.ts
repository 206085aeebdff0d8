import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { names } from '@/lib/site/pages/parts.ts';

const render = (list: string[]) => toHtml({ type: 'root', children: names(list).map((node) => (typeof node === 'string' ? { type: 'text', value: node } : node)) });

describe('names', () => {
  it('writes each name once and the separators in both interface languages', () => {
    expect(render(['Lin Yue'])).toBe('Lin Yue');
    expect(render(['Lin Yue', 'Chen Mo'])).toBe('Lin Yue<span data-ui="zh-CN">和</span><span data-ui="en"> and </span>Chen Mo');
    expect(render(['A', 'B', 'C'])).toBe(
      'A<span data-ui="zh-CN">、</span><span data-ui="en">, </span>B<span data-ui="zh-CN">和</span><span data-ui="en">, and </span>C',
    );
  });

  it('keeps names that look like separators, and escapes markup in them', () => {
    expect(render(['和', 'and'])).toBe('和<span data-ui="zh-CN">和</span><span data-ui="en"> and </span>and');
    expect(render(['<b>x</b>'])).toBe('&#x3C;b>x&#x3C;/b>');
  });
});
