import { definePublicApiRoute } from '@/lib/api/define-public-route.ts';
import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { shareableUrl } from '@/lib/server/site-origin.ts';

/**
 * Every published article, newest first: titles, date, credits, tags, reading time and links. The
 * answer is cached and shared, so links are absolute only with DUET_PUBLIC_URL, never from the Host.
 */
export const GET = definePublicApiRoute(async () => {
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
      url: shareableUrl(articlePath(article.slug)),
      api: shareableUrl(`/api/v1/public${articlePath(article.slug)}`),
    })),
  };
});
