import { definePublicApiRoute } from '@/lib/api/define-public-route.ts';
import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { originFor } from '@/lib/server/site-origin.ts';

/** Every published article, newest first: titles, date, credits, tags, reading time and links. */
export const GET = definePublicApiRoute(async (request) => {
  const origin = originFor(request);
  const articles = await listPublishedArticles();
  return {
    articles: articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      titleZh: article.titleZh,
      publishedAt: article.publishedAt.toISOString(),
      credits: article.credits,
      tags: article.tags,
      readingTime: { chineseMinutes: article.readingTime.chineseMinutes, englishMinutes: article.readingTime.englishMinutes },
      url: `${origin}${articlePath(article.slug)}`,
      api: `${origin}/api/v1/public${articlePath(article.slug)}`,
    })),
  };
});
