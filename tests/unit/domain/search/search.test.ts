import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/domain/search/plain-text.ts';
import { buildSearchIndex, searchArticles, type SearchableArticle } from '@/lib/domain/search/search-index.ts';
import { snippetParts } from '@/lib/domain/search/snippet.ts';
import { parseQuery } from '@/lib/domain/search/terms.ts';

function article(slug: string, title: string, titleZh: string, pairs: Array<[string, string | null]>, publishedAt = '2025-01-01T00:00:00.000Z'): SearchableArticle {
  return { slug, title, titleZh, publishedAt, pairs: pairs.map(([en, zh], index) => ({ position: index + 1, en, zh })) };
}

const sovereignty = article('sovereignty', 'Open-source AI and digital sovereignty', '开源人工智能与数字主权', [
  ['Digital sovereignty is no longer a distant ideal.', '数字主权已不再是一个长期的愿景。'],
  ['Open models can be inspected by regulators.', '开源模型可以被监管机构检查。'],
  ['Sovereignty depends on infrastructure and data.', '主权取决于基础设施和数据。'],
]);
const lanterns = article('lanterns', 'Paper lanterns', '纸灯笼', [
  ['Paper lanterns glow softly above the street.', '纸灯笼在街道上方发出柔和的光。'],
  ['The start of the festival is announced by drums.', '节日的开始由鼓声宣布。'],
]);
const models = article('models', 'Small models on small devices', '小设备上的小模型', [
  ['Small models run on phones; open models are easy to adapt.', '小模型可以在手机上运行；开源模型易于调整。'],
], '2025-03-01T00:00:00.000Z');
const index = buildSearchIndex([sovereignty, lanterns, models]);
const slugs = (query: string) => searchArticles(index, query).map((hit) => hit.slug);

describe('search queries', () => {
  it('finds a two-character Chinese query inside longer words', () => {
    expect(slugs('主权')).toEqual(['sovereignty']);
    expect(slugs('灯笼')).toEqual(['lanterns']);
    expect(slugs('监管')).toEqual(['sovereignty']);
  });

  it('matches Chinese runs exactly: characters that occur apart do not match', () => {
    expect(slugs('权主')).toEqual([]);
    expect(slugs('开源')).toEqual(expect.arrayContaining(['sovereignty', 'models']));
  });

  it('matches English as whole words, ignoring case and full-width letters', () => {
    expect(slugs('lanterns')).toEqual(['lanterns']);
    expect(slugs('LANTERNS')).toEqual(['lanterns']);
    expect(slugs('ＡＩ')).toEqual(['sovereignty']);
    expect(slugs('art')).toEqual([]);
    expect(slugs('source')).toEqual(['sovereignty']);
  });

  it('requires every term, across languages', () => {
    expect(slugs('open 手机')).toEqual(['models']);
    expect(slugs('paper 主权')).toEqual([]);
  });

  it('ranks title matches and repeated matches first, then newer articles', () => {
    expect(slugs('sovereignty')).toEqual(['sovereignty']);
    expect(slugs('open')).toEqual(['sovereignty', 'models']);
    expect(slugs('模型')).toEqual(['models', 'sovereignty']);
  });

  it('ignores empty and punctuation-only queries', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('  ，。!? ')).toEqual([]);
  });

  it('points at the best paragraph and marks the matches in its language', () => {
    const [hit] = searchArticles(index, '基础设施');
    expect(hit?.snippet).toMatchObject({ position: 3, lang: 'zh-CN' });
    expect(hit?.snippet?.parts.filter((part) => part.match).map((part) => part.text)).toEqual(['基础设施']);
    const [english] = searchArticles(index, 'drums');
    expect(english?.snippet).toMatchObject({ position: 2, lang: 'en' });
  });
});

describe('query terms', () => {
  it('splits English into words and keeps Chinese runs whole', () => {
    expect(parseQuery('Open source 数字主权')).toEqual({ words: ['open', 'source'], han: ['数字主权'] });
    expect(parseQuery('主')).toEqual({ words: [], han: ['主'] });
    expect(parseQuery('主 权力')).toEqual({ words: [], han: ['权力'] });
  });
});

describe('snippets', () => {
  it('cuts a window around the first match and marks whole words only', () => {
    const parts = snippetParts(`${'x '.repeat(100)}the art of starting`, ['art'], { wholeWords: ['art'], radius: 20 });
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['art']);
  });
});

describe('plain text for search', () => {
  it('keeps words and drops markup, link targets and code blocks', () => {
    expect(markdownToPlainText('## Title\n\nSee [the **docs**](https://example.org/x) and `npm`.\n\n```js\nconst hidden = 1;\n```\n')).toBe(
      'Title See the docs and npm.',
    );
    expect(markdownToPlainText('![一只猫](cat.png) 和 $E=mc^2$')).toBe('一只猫 和');
  });
});
