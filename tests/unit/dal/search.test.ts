import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow, listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { searchPublishedArticles } from '@/lib/dal/publishing/search.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion, translateAndSubmit } from '../../support/review-fixtures.ts';

/** Imports `english`, translates every translatable segment with `chinese` (in order), approves and publishes. */
async function publish(slug: string, english: string, chinese: string[]) {
  const translator = await makeUser('translator');
  const reviewer = await makeUser('reviewer');
  await importArticle(systemViewer, { markdown: english, slug });
  await assignUser(systemViewer, slug, translator.user.id);
  const segments = await db.segment.findMany({ where: { article: { slug }, translatable: true }, orderBy: { position: 'asc' }, select: { id: true } });
  for (const [index, segment] of segments.entries()) {
    const version = await translateAndSubmit(translator.viewer, segment.id, chinese[index] ?? '译文。');
    await approveTranslation(reviewer.viewer, segment.id, { version });
  }
  await publishArticle(reviewer.viewer, slug);
  return { translator, reviewer, segments: segments.map((segment) => segment.id) };
}

describe('public search and listing', () => {
  it('finds published articles by English words and Chinese of two characters, and carries front-matter tags', async () => {
    await publish('search-rivers', '---\ntitle: Rivers\ntags: [nature, 地理]\n---\n\nRivers shape valleys.\n\nDeltas form at the mouth.\n', [
      '河流',
      '河流塑造山谷。',
      '三角洲在河口形成。',
    ]);
    expect((await searchPublishedArticles('valleys')).map((hit) => hit.slug)).toEqual(['search-rivers']);
    expect((await searchPublishedArticles('河口')).map((hit) => hit.slug)).toEqual(['search-rivers']);
    expect((await getPublishedArticleOrThrow('search-rivers')).tags).toEqual(['nature', '地理']);
    const summary = (await listPublishedArticles()).find((article) => article.slug === 'search-rivers');
    expect(summary).toMatchObject({ tags: ['nature', '地理'], readingTime: { chineseMinutes: 1, englishMinutes: 1 } });
  });

  it('shows readers positions, never segment ids', async () => {
    const { segments } = await publish('search-ids', 'Stones sink.\n\nLeaves float.\n', ['石头下沉。', '树叶漂浮。']);
    const article = await getPublishedArticleOrThrow('search-ids');
    expect(article.pairs.map((pair) => pair.position)).toEqual([1, 2]);
    expect(JSON.stringify(article)).not.toContain(segments[0]);
  });

  it('does not find text edited after publishing, nor unpublished articles', async () => {
    const { translator, reviewer, segments } = await publish('search-later', 'Lanterns glow.\n', ['灯笼发光。']);
    await saveTranslation(translator.viewer, segments[0]!, { text: '秘密草稿内容。', version: await currentVersion(segments[0]!) });
    expect(await searchPublishedArticles('秘密')).toEqual([]);
    expect((await searchPublishedArticles('灯笼')).map((hit) => hit.slug)).toEqual(['search-later']);
    await unpublishArticle(reviewer.viewer, 'search-later');
    expect(await searchPublishedArticles('灯笼')).toEqual([]);
    expect((await listPublishedArticles()).map((article) => article.slug)).not.toContain('search-later');
  });
});
