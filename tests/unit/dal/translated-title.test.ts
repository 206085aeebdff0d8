import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { GET as getFeed } from '@/app/feed.xml/route.ts';
import { GET as getPublicArticle } from '@/app/api/v1/public/articles/[slug]/route.ts';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { getEditorArticleOrThrow } from '@/lib/dal/translating/editor.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow, listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { waiveFinding } from '@/lib/dal/translating/quality.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { searchPublishedArticles } from '@/lib/dal/publishing/search.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { readCredits } from '@/lib/domain/article-metadata.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { parseXliff } from '@/lib/domain/export/parse-xliff.ts';
import { makeUser } from '../../support/factories.ts';
import { translateAndSubmit } from '../../support/review-fixtures.ts';

// The public routes read no session; the session module itself needs Next's server runtime.
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => null }));

/** Written for these tests: a post whose front matter has a title and a description to translate. */
const english = [
  '---',
  'title: "Deprecation of the Kite API"',
  'description: Why the old endpoints go away',
  'thumbnail: /img/kites.png',
  '---',
  '',
  '# Deprecation of the Kite API',
  '',
  'The old endpoints go away next spring.',
  '',
].join('\n');

/** What a translator types into each translatable segment, in order: values for the front matter fields. */
const typed = ['风筝 API: 弃用 "旧" 接口', '旧接口为何下线', '# 风筝 API 的弃用', '旧接口将在明年春天下线。'];

/** The YAML front matter of a Markdown export, parsed strictly. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match, markdown.slice(0, 200)).not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

async function translateAll(slug: string, texts: readonly string[]) {
  const translator = await makeUser('translator');
  const reviewer = await makeUser('reviewer');
  await assignUser(systemViewer, slug, translator.user.id);
  const segments = await db.segment.findMany({ where: { article: { slug }, translatable: true }, orderBy: { position: 'asc' }, select: { id: true } });
  for (const [index, segment] of segments.entries()) {
    const version = await translateAndSubmit(translator.viewer, segment.id, texts[index]!);
    await approveTranslation(reviewer.viewer, segment.id, { version });
  }
  return { translator, reviewer, segments: segments.map((segment) => segment.id) };
}

describe('a title translated as a bare value', () => {
  it('is edited as a value, and once approved is the Chinese title readers, the feed, search, the API and every export show', async () => {
    await importArticle(systemViewer, { markdown: english, slug: 'kite-api' });
    const { translator, reviewer } = await translateAll('kite-api', typed);

    const editor = await getEditorArticleOrThrow(translator.viewer, 'kite-api');
    expect(editor.titleZh).toBe(typed[0]);
    expect(editor.segments.filter((segment) => segment.field !== null).map((segment) => [segment.field, segment.source, segment.translation.text])).toEqual([
      ['title', 'Deprecation of the Kite API', typed[0]],
      ['description', 'Why the old endpoints go away', typed[1]],
    ]);

    await publishArticle(reviewer.viewer, 'kite-api');
    expect(await getPublishedArticleOrThrow('kite-api')).toMatchObject({ title: 'Deprecation of the Kite API', titleZh: typed[0] });
    expect((await listPublishedArticles()).find((article) => article.slug === 'kite-api')?.titleZh).toBe(typed[0]);
    expect((await searchPublishedArticles('弃用')).find((hit) => hit.slug === 'kite-api')?.titleZh).toBe(typed[0]);
    const api = await getPublicArticle(new Request('http://duet.test/api/v1/public/articles/kite-api'), { params: Promise.resolve({ slug: 'kite-api' }) });
    expect(await api.json()).toMatchObject({ titleZh: typed[0] });
    const feed = await (await getFeed(new Request('http://duet.test/feed.xml'))).text();
    expect(feed).toContain('<title>风筝 API: 弃用 &quot;旧&quot; 接口</title>');
    // Workspace lists read the article's Chinese title: it follows the published one.
    expect(await db.article.findUniqueOrThrow({ where: { slug: 'kite-api' }, select: { titleZh: true } })).toEqual({ titleZh: typed[0] });

    const article = await getArticleExportOrThrow(reviewer.viewer, 'kite-api');
    const zh = exportArticle(article, 'zh', 'omit').body;
    expect(frontMatterOf(zh)).toMatchObject({ title: typed[0], description: typed[1], thumbnail: '/img/kites.png' });
    expect(readCredits(frontMatterOf(zh))).toEqual({ translators: [translator.user.name], reviewers: [reviewer.user.name] });
    expect(frontMatterOf(exportArticle(article, 'seed', 'source').body).title).toBe(typed[0]);
    expect(frontMatterOf(exportArticle(article, 'bilingual', 'source').body).title).toBe(`Deprecation of the Kite API / ${typed[0]}`);
    expect(parseXliff(exportArticle(article, 'xliff', 'omit').body)[0]).toMatchObject({ source: 'Deprecation of the Kite API', target: typed[0] });
  });

  it('is checked as a value: a number it lost blocks publishing until fixed or waived', async () => {
    await importArticle(systemViewer, { markdown: '---\ntitle: "Top 5 Kites of 2025"\n---\n\nKites fly.\n', slug: 'kite-top' });
    const { reviewer, segments } = await translateAll('kite-top', ['2025 年最佳风筝', '风筝在飞。']);
    await expect(publishArticle(reviewer.viewer, 'kite-top')).rejects.toThrow(/1 blocking quality finding/);
    const version = (await db.translation.findUniqueOrThrow({ where: { segmentId: segments[0]! }, select: { version: true } })).version;
    await waiveFinding(reviewer.viewer, segments[0]!, { version, checkId: 'numbers', reason: 'The list is not numbered in Chinese.' });
    await publishArticle(reviewer.viewer, 'kite-top');
    expect((await getPublishedArticleOrThrow('kite-top')).titleZh).toBe('2025 年最佳风筝');
  });
});

describe('an imported Chinese front matter', () => {
  const chinese = [
    '---',
    'title: "风筝 API 的弃用"',
    'description: 旧接口为何下线',
    'thumbnail: /img/kites.png',
    'translators:',
    '- user: Mei',
    '  guest: true',
    '- user: Lin',
    '  proofreader: false',
    '---',
    '',
    '# 风筝 API 的弃用',
    '',
    '旧接口将在明年春天下线。',
    '',
  ].join('\n');

  it('is edited as values, and an untouched import exports its own title line and translators list', async () => {
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'kite-import' });
    const reviewer = await makeUser('reviewer');
    const editor = await getEditorArticleOrThrow(reviewer.viewer, 'kite-import');
    expect(editor.segments.filter((segment) => segment.field !== null).map((segment) => segment.translation.text)).toEqual(['风筝 API 的弃用', '旧接口为何下线']);
    const exported = exportArticle(await getArticleExportOrThrow(reviewer.viewer, 'kite-import'), 'zh', 'omit').body;
    expect(exported.startsWith(chinese.slice(0, chinese.indexOf('\n---\n') + 5))).toBe(true);
  });

  it('is not invented when the Chinese file had none, whatever its first heading', async () => {
    await importArticle(systemViewer, { markdown: english, translation: '# 风筝 API 的弃用\n\n旧接口将在明年春天下线。\n', slug: 'kite-bare' });
    const reviewer = await makeUser('reviewer');
    const exported = exportArticle(await getArticleExportOrThrow(reviewer.viewer, 'kite-bare'), 'zh', 'omit').body;
    expect(exported).toBe('# 风筝 API 的弃用\n\n旧接口将在明年春天下线。\n');
  });
});
