import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { severalAuthors } from '@/lib/site/pages/article.ts';
import { wordBreaks } from '@/lib/site/pages/parts.ts';

const render = (text: string) => toHtml({ type: 'root', children: wordBreaks(text).map((node) => (typeof node === 'string' ? { type: 'text', value: node } : node)) });

describe('wordBreaks', () => {
  it('lets a Chinese title break only where two words meet', () => {
    expect(render('高效的无提示团队协作')).toBe('高效<wbr>的<wbr>无<wbr>提示<wbr>团队<wbr>协作');
    // Never inside a word.
    expect(render('团队')).toBe('团队');
  });

  it('adds nothing beside spaces or to text without Chinese, and keeps every character', () => {
    expect(render('使用 Hugging Face 训练')).toBe('使用 Hugging Face 训练');
    expect(render('Deprecation of the Kite API')).toBe('Deprecation of the Kite API');
    const title = '用 <script> 与 & 训练模型';
    expect(wordBreaks(title).filter((piece) => typeof piece === 'string').join('')).toBe(title);
    expect(render(title)).not.toContain('<script>');
  });
});

describe('severalAuthors', () => {
  it('tells one author from several, in English and Chinese lists', () => {
    for (const one of ['Lewis Tunstall', 'Sasha Luccioni', '林越', '和静']) expect(severalAuthors(one), one).toBe(false);
    for (const several of ['A, B', 'Ann and Bo', 'Ann & Bo', '林越、陈默', 'a; b']) expect(severalAuthors(several), several).toBe(true);
  });
});
