import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';

/** The current segments of an article in order, with their translation. */
async function currentSegments(slug: string) {
  return db.segment.findMany({
    where: { article: { slug }, archivedAt: null },
    orderBy: { position: 'asc' },
    select: { kind: true, source: true, translatable: true, translation: { select: { text: true, status: true } } },
  });
}

const segmentStarting = async (slug: string, start: string) => (await currentSegments(slug)).find((segment) => segment.source.startsWith(start));

describe('source updates keep every translation where it belongs', () => {
  it('keeps the translation of a block whose kind changed, as outdated', async () => {
    const english = '<h1>Spring release notes</h1>\n\n- Tokenizers run twice as fast on long inputs.\n\nThanks to everyone.\n';
    const chinese = '<h1>春季发布说明</h1>\n\n- 分词器在长输入上快了一倍。\n\n感谢每一位。\n';
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'kind-change' });
    const revised = '# Spring release notes\n\nTokenizers run twice as fast on long inputs.\n\nThanks to everyone.\n';
    expect(await updateArticleSource(systemViewer, 'kind-change', revised)).toMatchObject({ changed: 2, added: 0, removed: 0 });
    expect(await segmentStarting('kind-change', '# Spring')).toMatchObject({ kind: 'heading', translation: { text: '<h1>春季发布说明</h1>', status: 'outdated' } });
    expect(await segmentStarting('kind-change', 'Tokenizers')).toMatchObject({
      kind: 'paragraph',
      translatable: true,
      translation: { text: '- 分词器在长输入上快了一倍。', status: 'outdated' },
    });
  });

  it('makes indented code that became a paragraph translatable', async () => {
    const english = 'Install it:\n\n    pip install duet-tools now\n';
    await importArticle(systemViewer, { markdown: english, slug: 'code-to-prose' });
    await updateArticleSource(systemViewer, 'code-to-prose', 'Install it:\n\npip install duet-tools now\n');
    expect(await segmentStarting('code-to-prose', 'pip')).toMatchObject({ kind: 'paragraph', translatable: true });
  });

  it("keeps a Chinese note after the nearest surviving block when its anchor is removed", async () => {
    const english = '---\ntitle: "Notes"\n---\n\n# Notes\n\nFirst point about gardens.\n\nSecond point about rivers.\n';
    const chinese = '---\ntitle: "笔记"\n---\n\n# 笔记\n\n关于花园的第一点。\n\n关于河流的第二点。\n\n> 译者注：补充说明。\n';
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'note-anchor' });
    await updateArticleSource(systemViewer, 'note-anchor', english.replace('\n\nSecond point about rivers.\n', '\n'));
    const zh = exportArticle(await getArticleExportOrThrow(systemViewer, 'note-anchor'), 'zh', 'omit').body;
    expect(zh.startsWith('---\ntitle: "笔记"\n---\n')).toBe(true);
    expect(zh).toContain('关于花园的第一点。\n\n> 译者注：补充说明。\n');
  });

  it('flags the neighbour holding a merged translation when the merged English changes', async () => {
    const english = '# Runs\n\nThe first run took 12 minutes on one machine.\n\nThe second run took 7 minutes on two machines.\n\nDone.\n';
    const chinese = '# 运行\n\n第一次运行在一台机器上用了 12 分钟，第二次运行在两台机器上用了 7 分钟。\n\n完成。\n';
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'merged-change' });
    expect((await segmentStarting('merged-change', 'The second'))?.translation).toMatchObject({ text: '', status: 'draft' });
    await updateArticleSource(systemViewer, 'merged-change', english.replace('7 minutes on two', '5 minutes on three'));
    expect((await segmentStarting('merged-change', 'The first'))?.translation?.status).toBe('outdated');
    expect((await segmentStarting('merged-change', 'The second'))?.translation?.status).toBe('outdated');
  });

  it('brings back a removed paragraph with its translation when the text returns', async () => {
    const english = '# Title\n\nA paragraph that will be removed and put back.\n\nClosing line.\n';
    const chinese = '# 标题\n\n一段会被删除再放回的文字。\n\n结尾。\n';
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'revert' });
    await updateArticleSource(systemViewer, 'revert', '# Title\n\nClosing line.\n');
    expect(await updateArticleSource(systemViewer, 'revert', english)).toMatchObject({ restored: 1, added: 0 });
    expect((await segmentStarting('revert', 'A paragraph'))?.translation).toMatchObject({ text: '一段会被删除再放回的文字。', status: 'draft' });
    expect(exportArticle(await getArticleExportOrThrow(systemViewer, 'revert'), 'zh', 'omit').body).toBe(chinese);
  });

  it('takes the title from the new front matter', async () => {
    await importArticle(systemViewer, { markdown: '---\ntitle: "Old name"\n---\n\nText.\n', slug: 'retitled' });
    await updateArticleSource(systemViewer, 'retitled', '---\ntitle: "New name"\n---\n\nText.\n');
    expect(await db.article.findUnique({ where: { slug: 'retitled' }, select: { title: true } })).toEqual({ title: 'New name' });
  });
});
