import { describe, expect, it } from 'vitest';
import { importArticle, previewImport } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const english = [
  '---',
  'title: "Five Paragraphs"',
  'tags: [demo]',
  '---',
  '',
  '# Five Paragraphs',
  '',
  'Alpha paragraph talks about apples and orchards in autumn.',
  '',
  'Beta paragraph explains how bees carry pollen between flowers.',
  '',
  'Gamma paragraph describes the river that runs past the mill.',
  '',
  '```sh',
  'echo "carried as is"',
  '```',
  '',
  'Delta paragraph closes with a note about the harvest festival.',
  '',
].join('\n');

const chinese = [
  '---',
  'title: "五个段落"',
  'tags: [demo]',
  'translators:',
  '- user: Mei',
  '---',
  '',
  '# 五个段落',
  '',
  '第一段讲的是秋天的苹果和果园。',
  '',
  '第二段解释蜜蜂如何在花朵之间传粉。',
  '',
  '第三段描写了流经磨坊的那条河。',
  '',
  '```sh',
  'echo "carried as is"',
  '```',
  '',
  '第四段以一则关于丰收节的说明结尾。',
  '',
].join('\n');

async function segmentsOf(slug: string, where: { archivedAt: null } | { archivedAt: { not: null } } = { archivedAt: null }) {
  return db.segment.findMany({
    where: { article: { slug }, ...where },
    orderBy: { position: 'asc' },
    select: { source: true, previousSource: true, translation: { select: { text: true, status: true, _count: { select: { revisions: true } } } } },
  });
}

describe('importing an article', () => {
  it('stores segments that join back to the file, with the aligned translation as drafts', async () => {
    const admin = await makeUser('admin');
    const summary = await importArticle(admin.viewer, { markdown: english, translation: chinese, slug: 'five' });
    expect(summary).toMatchObject({ slug: 'five', aligned: expect.any(Number) });
    const segments = await segmentsOf('five');
    expect(segments.map((segment) => segment.source).join('')).toBe(english);
    const beta = segments.find((segment) => segment.source.startsWith('Beta'));
    expect(beta?.translation).toMatchObject({ text: '第二段解释蜜蜂如何在花朵之间传粉。', status: 'draft', _count: { revisions: 1 } });
    const article = await db.article.findUniqueOrThrow({ where: { slug: 'five' }, select: { title: true, titleZh: true, importedCredits: true } });
    expect(article).toEqual({ title: 'Five Paragraphs', titleZh: '五个段落', importedCredits: JSON.stringify({ translators: ['Mei'], reviewers: [] }) });
    // The credits block is kept, but needs no linking by hand: it became the article's credits.
    const unaligned = await db.unalignedBlock.findMany({ where: { article: { slug: 'five' } }, select: { text: true, resolvedAt: true } });
    expect(unaligned).toEqual([{ text: 'translators:\n- user: Mei', resolvedAt: expect.any(Date) }]);
  });

  it('stores exactly what its preview showed, and the preview writes nothing', async () => {
    const admin = await makeUser('admin');
    const counts = async () => [await db.article.count(), await db.segment.count(), await db.unalignedBlock.count()];
    const before = await counts();
    const preview = await previewImport(admin.viewer, { markdown: english, translation: chinese, slug: 'five-previewed' });
    expect(await counts()).toEqual(before);
    await importArticle(admin.viewer, { markdown: english, translation: chinese, slug: 'five-previewed' });
    const stored = await db.segment.findMany({
      where: { article: { slug: 'five-previewed' } },
      orderBy: { position: 'asc' },
      select: { position: true, kind: true, translatable: true, source: true, translation: { select: { text: true, status: true } } },
    });
    expect(preview.rows.map(({ position, kind, translatable, translation }) => ({ position, kind, translatable, translation }))).toEqual(
      stored.map(({ position, kind, translatable, translation }) => ({
        position,
        kind,
        translatable,
        translation: translation?.status === 'untranslated' ? null : (translation?.text ?? null),
      })),
    );
    expect(preview.rows.filter((row) => row.translation !== null).length).toBeGreaterThan(4);
    const unaligned = await db.unalignedBlock.findMany({ where: { article: { slug: 'five-previewed' } }, select: { text: true, reason: true } });
    expect(preview.unaligned.map(({ text, reason }) => ({ text, reason }))).toEqual(unaligned);
  });

  it('refuses bad files and duplicate slugs, creating nothing', async () => {
    const before = { articles: await db.article.count(), segments: await db.segment.count() };
    const cases: Array<[string, string]> = [
      ['', 'empty'],
      ['   \n\n', 'empty'],
      ['text\u0000with a NUL', 'binary'],
      ['---\ntitle: [unclosed\n---\n\nBody.\n', 'front matter is broken'],
      [`---\n${'key: value\n'.repeat(10_000)}---\n\nBody.\n`, 'front matter is broken: it is longer than 64 KB'],
      ['x'.repeat(5 * 1024 * 1024 + 1), 'larger than 5 MB'],
    ];
    for (const [markdown, message] of cases) {
      await expect(importArticle(systemViewer, { markdown, slug: 'bad-file' })).rejects.toThrow(message);
    }
    await importArticle(systemViewer, { markdown: english, slug: 'taken' });
    const afterFirst = { articles: await db.article.count(), segments: await db.segment.count() };
    await expect(importArticle(systemViewer, { markdown: `${english}\nMore.\n`, slug: 'taken' })).rejects.toBeInstanceOf(ConflictError);
    expect({ articles: await db.article.count(), segments: await db.segment.count() }).toEqual(afterFirst);
    expect(afterFirst.articles).toBe(before.articles + 1);
    await expect(importArticle(systemViewer, { markdown: english, slug: 'Not A Slug' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('is refused to translators', async () => {
    const translator = await makeUser('translator');
    await expect(importArticle(translator.viewer, { markdown: english, slug: 'sneaky' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.article.count({ where: { slug: 'sneaky' } })).toBe(0);
  });
});

describe('updating the source', () => {
  it('keeps every translation when a paragraph is edited, one inserted, one deleted and one moved, and flags only the edited one', async () => {
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'five-updated' });
    const revised = english
      .replace('Alpha paragraph talks about apples and orchards in autumn.', 'Alpha paragraph talks about pears and orchards in autumn.')
      .replace('Beta paragraph explains how bees carry pollen between flowers.\n\n', '')
      .replace('Gamma paragraph describes the river that runs past the mill.\n\n', '')
      .replace('Delta paragraph', 'Epsilon paragraph is brand new and mentions lighthouses.\n\nGamma paragraph describes the river that runs past the mill.\n\nDelta paragraph');

    const summary = await updateArticleSource(systemViewer, 'five-updated', revised);
    expect(summary).toMatchObject({ changed: 1, added: 1, removed: 1 });

    const current = await segmentsOf('five-updated');
    expect(current.map((segment) => segment.source).join('')).toBe(revised);
    const bySource = (start: string) => current.find((segment) => segment.source.startsWith(start));
    expect(bySource('Alpha')).toMatchObject({
      previousSource: expect.stringContaining('apples'),
      translation: { text: '第一段讲的是秋天的苹果和果园。', status: 'outdated', _count: { revisions: 2 } },
    });
    expect(bySource('Gamma')?.translation).toMatchObject({ text: '第三段描写了流经磨坊的那条河。', status: 'draft' });
    expect(bySource('Delta')?.translation).toMatchObject({ status: 'draft' });
    expect(bySource('Epsilon')?.translation).toMatchObject({ text: '', status: 'untranslated' });
    const outdated = current.filter((segment) => segment.translation?.status === 'outdated');
    expect(outdated).toHaveLength(1);

    const archived = await segmentsOf('five-updated', { archivedAt: { not: null } });
    expect(archived).toHaveLength(1);
    expect(archived[0]?.translation).toMatchObject({ text: '第二段解释蜜蜂如何在花朵之间传粉。', _count: { revisions: 1 } });
    const versions = await db.sourceVersion.findMany({ where: { article: { slug: 'five-updated' } }, select: { number: true } });
    expect(versions.map((version) => version.number).sort()).toEqual([1, 2]);
  });

  it('refuses an unknown article and a bad file, changing nothing', async () => {
    await expect(updateArticleSource(systemViewer, 'no-such-article', english)).rejects.toBeInstanceOf(NotFoundError);
    await importArticle(systemViewer, { markdown: english, slug: 'five-bad-update' });
    await expect(updateArticleSource(systemViewer, 'five-bad-update', '')).rejects.toBeInstanceOf(ValidationError);
    expect((await segmentsOf('five-bad-update')).map((segment) => segment.source).join('')).toBe(english);
  });
});
