import { describe, expect, it } from 'vitest';
import { readCredits, readFrontMatter } from '@/lib/domain/article-metadata.ts';
import { exportSource } from '@/lib/domain/export/article-export.ts';
import { exportBilingualMarkdown } from '@/lib/domain/export/bilingual-markdown.ts';
import { exportChineseMarkdown } from '@/lib/domain/export/chinese-markdown.ts';
import { buildArticle, CHINESE, ENGLISH } from './article-fixture.ts';

const FRONT_MATTER_ZH = [
  '---',
  'title: "读懂河流"',
  'thumbnail: /img/river.png',
  'authors:',
  '- user: lin',
  'translators:',
  '- user: mei',
  '- user: chen',
  '  proofreader: true',
  '---',
  '',
].join('\n');

describe('exportSource', () => {
  it('gives back the English file byte for byte, whatever order the segments come in', () => {
    const article = buildArticle('\uFEFFIntro  \r\n\r\n* one\r\n* two\r\n\r\n<div>x</div>\n\n\n', {});
    expect(exportSource({ ...article, segments: [...article.segments].reverse() })).toBe(
      '\uFEFFIntro  \r\n\r\n* one\r\n* two\r\n\r\n<div>x</div>\n\n\n',
    );
    expect(exportSource(buildArticle(ENGLISH, CHINESE))).toBe(ENGLISH);
  });
});

describe('exportChineseMarkdown', () => {
  const article = buildArticle(ENGLISH, CHINESE);

  it('mirrors the source with the Chinese title and the translators in the front matter', () => {
    expect(exportChineseMarkdown(article, { untranslated: 'omit' })).toBe(
      `${FRONT_MATTER_ZH}\n# 读懂河流\n\n河流慢慢切出山谷，一次洪水接着一次洪水。\n\n\`\`\`python\nprint("flow")\n\`\`\`\n\n- 水总是寻找最低的路径。\n\n> 河岸记得每一场风暴。\n`,
    );
  });

  it('keeps untranslated blocks in English when asked', () => {
    expect(exportChineseMarkdown(article, { untranslated: 'source' })).toContain(
      '- 水总是寻找最低的路径。\n- Sediment settles where the current slows.\n\n> 河岸',
    );
  });

  it('writes credits that read back as the same credits', () => {
    const credits = { translators: ['mei', 'a: b', 'true'], reviewers: ['chen', 'mei'] };
    const exported = exportChineseMarkdown({ ...article, credits }, { untranslated: 'omit' });
    expect(readCredits(readFrontMatter(exported))).toEqual(credits);
  });

  it('quotes a typed title that YAML would misread', () => {
    const typed = buildArticle(ENGLISH, { ...CHINESE, 1: { text: '标题: "引号" # 不是注释', status: 'approved' } });
    const exported = exportChineseMarkdown(typed, { untranslated: 'omit' });
    expect(exported.startsWith('---\ntitle: "标题: \\"引号\\" # 不是注释"\nthumbnail')).toBe(true);
    expect(readFrontMatter(exported).title).toBe('标题: "引号" # 不是注释');
  });

  it('replaces a translators list the source already had, and adds no title the source lacks', () => {
    const english = '---\ndate: 2024-01-01\ntranslators:\n- user: old\n---\n\nText.\n';
    const exported = exportChineseMarkdown(buildArticle(english, {}), { untranslated: 'omit' });
    expect(exported).toBe('---\ndate: 2024-01-01\ntranslators:\n- user: mei\n- user: chen\n  proofreader: true\n---\n\n');
  });

  it('adds front matter to an article that has none only for the credits, never a title from its heading', () => {
    const english = buildArticle('# Title\n\nText.\n', { 0: { text: '# 标题', status: 'approved' } });
    expect(exportChineseMarkdown(english, { untranslated: 'omit' })).toBe(
      '---\ntranslators:\n- user: mei\n- user: chen\n  proofreader: true\n---\n\n# 标题\n\n',
    );
    const uncredited = { ...english, credits: { translators: [], reviewers: [] } };
    expect(exportChineseMarkdown(uncredited, { untranslated: 'omit' })).toBe('# 标题\n\n');
  });

  it('leaves TOML front matter alone', () => {
    const english = '+++\ntitle = "T"\n+++\n\nText.\n';
    expect(exportChineseMarkdown(buildArticle(english, {}), { untranslated: 'source' })).toBe(english);
  });

  it('takes the title from its segment, whatever the Chinese title found at import', () => {
    const exported = exportChineseMarkdown({ ...article, titleZh: '旧标题' }, { untranslated: 'omit' });
    expect(exported.startsWith('---\ntitle: "读懂河流"\nthumbnail')).toBe(true);
  });
});

describe('exportBilingualMarkdown', () => {
  it('follows each English block with its translation, a front matter field holding both, and shows the rest once', () => {
    expect(exportBilingualMarkdown(buildArticle(ENGLISH, CHINESE))).toBe(
      [
        '---',
        'title: "Reading Rivers / 读懂河流"',
        'thumbnail: /img/river.png',
        'authors:',
        '- user: lin',
        'translators:',
        '- user: mei',
        '- user: chen',
        '  proofreader: true',
        '---',
        '',
        '# Reading Rivers',
        '',
        '# 读懂河流',
        '',
        'Rivers carve valleys slowly, one flood at a time.',
        '',
        '河流慢慢切出山谷，一次洪水接着一次洪水。',
        '',
        '```python',
        'print("flow")',
        '```',
        '',
        '- Water finds the lowest path.',
        '- 水总是寻找最低的路径。',
        '- Sediment settles where the current slows.',
        '',
        '> Banks remember every storm.',
        '',
        '> 河岸记得每一场风暴。',
        '',
      ].join('\n'),
    );
  });

  it('separates a paragraph from its translation by a blank line even when the source had none', () => {
    const article = buildArticle('Para.\n- item\n', { 0: { text: '段落。', status: 'draft' } });
    expect(exportBilingualMarkdown({ ...article, credits: { translators: [], reviewers: [] } })).toBe('Para.\n\n段落。\n- item\n');
  });
});
