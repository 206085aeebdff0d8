import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/lib/domain/article-metadata.ts';
import { exportSeedFormat } from '@/lib/domain/export/seed-format.ts';
import { buildArticle, CHINESE, ENGLISH } from './article-fixture.ts';

describe('exportSeedFormat', () => {
  const article = buildArticle(ENGLISH, CHINESE);

  it('writes Jekyll front matter, the Chinese text and the closing credits', () => {
    expect(exportSeedFormat(article, { untranslated: 'omit' })).toBe(
      [
        '---',
        'layout: post',
        "title: '读懂河流'",
        'date: "2025-03-04T05:06:07Z"',
        '---',
        '# 读懂河流',
        '',
        '河流慢慢切出山谷，一次洪水接着一次洪水。',
        '',
        '```python',
        'print("flow")',
        '```',
        '',
        '- 水总是寻找最低的路径。',
        '',
        '> 河岸记得每一场风暴。',
        '',
        '* * *',
        '',
        '> 英文原文: [https://example.org/blog/reading-rivers](https://example.org/blog/reading-rivers)',
        '> ',
        '> 译者: mei',
        '> ',
        '> 校对: chen',
      ].join('\n'),
    );
  });

  it('keeps untranslated blocks in English by default, so a published post is never missing text', () => {
    expect(exportSeedFormat(article)).toContain('- Sediment settles where the current slows.');
  });

  it('quotes the title safely', () => {
    const exported = exportSeedFormat(buildArticle(ENGLISH, { ...CHINESE, 1: { text: "它's \"引号\"\n第二行: #", status: 'approved' } }));
    expect(exported).toContain(`title: '它''s "引号" 第二行: #'`);
    expect(readFrontMatter(exported).title).toBe('它\'s "引号" 第二行: #');
  });

  it('leaves out what the article does not have, and keeps the English title while it is untranslated', () => {
    const { 1: _title, ...untitled } = CHINESE;
    const bare = { ...buildArticle(ENGLISH, untitled), titleZh: null, sourceUrl: null, publishedAt: undefined, credits: { translators: [], reviewers: [] } };
    const exported = exportSeedFormat(bare);
    expect(exported.startsWith("---\nlayout: post\ntitle: 'Reading Rivers'\n---\n# 读懂河流")).toBe(true);
    expect(exported).not.toContain('* * *');
  });

  it('keeps a source URL with brackets and spaces a working link', () => {
    const exported = exportSeedFormat({ ...article, sourceUrl: 'https://example.org/a (b)/[c]' });
    expect(exported).toContain('> 英文原文: [https://example.org/a (b)/\\[c\\]](https://example.org/a%20%28b%29/[c])');
  });
});
