import { definePublicApiRoute } from '@/lib/api/define-public-route.ts';
import { getPublishedArticleOrThrow } from '@/lib/dal/publishing/reading.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { shareableUrl } from '@/lib/server/site-origin.ts';

/** One published article's latest publication: its aligned Markdown pairs by position, and its credits. */
export const GET = definePublicApiRoute(async (_request, { slug = '' }) => {
  const article = await getPublishedArticleOrThrow(slug);
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    sourceUrl: article.sourceUrl,
    author: article.author,
    publishedAt: article.publishedAt.toISOString(),
    credits: article.credits,
    tags: article.tags,
    url: shareableUrl(articlePath(article.slug)),
    pairs: article.pairs.map((pair) => ({ position: pair.position, kind: pair.kind, en: pair.source, zh: pair.target })),
  };
});
