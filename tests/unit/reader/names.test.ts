import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Names } from '@/components/reader/names.tsx';

const render = (names: string[]) => renderToStaticMarkup(createElement(Names, { names }));

describe('Names', () => {
  it('writes each name once and the separators in both interface languages', () => {
    expect(render(['Lin Yue'])).toBe('Lin Yue');
    expect(render(['Lin Yue', 'Chen Mo'])).toBe('Lin Yue<span data-ui="zh-CN">和</span><span data-ui="en"> and </span>Chen Mo');
    expect(render(['A', 'B', 'C'])).toBe(
      'A<span data-ui="zh-CN">、</span><span data-ui="en">, </span>B<span data-ui="zh-CN">和</span><span data-ui="en">, and </span>C',
    );
  });

  it('keeps names that look like separators', () => {
    expect(render(['和', 'and'])).toBe('和<span data-ui="zh-CN">和</span><span data-ui="en"> and </span>and');
  });
});
