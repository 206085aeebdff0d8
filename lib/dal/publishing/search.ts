import 'server-only';
import { buildSearchIndex, searchArticles, type SearchHit, type SearchIndex } from '@/lib/domain/search/search-index.ts';
import { markdownToPlainText } from '@/lib/domain/search/plain-text.ts';
import { listPublishedArticleSnapshots, publicContentVersion } from './reading.ts';

/*
 * Search over the latest publication of every published article. The index lives in this process
 * and is rebuilt when the set of visible publications changes; the check is one small query, so
 * every instance (SQLite or PostgreSQL, one process or many) answers from what is published now.
 */

let cached: { version: string; index: SearchIndex } | null = null;
let building: Promise<{ version: string; index: SearchIndex }> | null = null;

async function buildIndex(version: string) {
  const articles = await listPublishedArticleSnapshots();
  const index = buildSearchIndex(
    articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      titleZh: article.titleZh,
      publishedAt: article.publishedAt.toISOString(),
      pairs: article.pairs.map((pair) => ({
        position: pair.position,
        en: markdownToPlainText(pair.source),
        zh: pair.target === null ? null : markdownToPlainText(pair.target),
      })),
    })),
  );
  return { version, index };
}

async function currentIndex(): Promise<SearchIndex> {
  const version = await publicContentVersion();
  if (cached?.version === version) return cached.index;
  building ??= buildIndex(version).finally(() => (building = null));
  const built = await building;
  if (built.version === version) cached = built;
  return built.version === version ? built.index : (await buildIndex(version)).index;
}

/** Public: published articles matching `query` in English or Chinese, best first. */
export async function searchPublishedArticles(query: string, limit = 20): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  return searchArticles(await currentIndex(), query, limit);
}
