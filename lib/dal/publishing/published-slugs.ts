import 'server-only';
import { db } from '../core/db.ts';

/**
 * Public: the slug of every article readers may open, exactly those getPublishedArticleOrThrow finds.
 * The reader gate (lib/server/reader-gate.ts) reloads it every second, so it reads nothing else.
 */
export async function listPublishedSlugs(): Promise<string[]> {
  const articles = await db.article.findMany({ where: { status: 'published', publications: { some: {} } }, select: { slug: true } });
  return articles.map((article) => article.slug);
}
