import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { buildAtomFeed } from '@/lib/domain/reader/atom-feed.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { linkOriginFor } from '@/lib/server/site-origin.ts';

/** Built per request from what is published now; never prerendered from the build's database. */
export const dynamic = 'force-dynamic';

const feedSize = 50;

/**
 * The Atom feed of the newest publications: built per request (one query). Atom needs absolute links:
 * with DUET_PUBLIC_URL a CDN keeps it for a minute; without, it names the request's host and no cache
 * may keep it.
 */
export async function GET(request: Request): Promise<Response> {
  const { origin, cacheControl } = linkOriginFor(request);
  const t = getTranslatorFor('zh-CN');
  const articles = (await listPublishedArticles()).slice(0, feedSize);
  const xml = buildAtomFeed(
    { url: `${origin}/feed.xml`, homeUrl: `${origin}/`, title: t('readerSite.feed.title'), subtitle: t('readerSite.feed.subtitle') },
    articles.map((article) => ({
      url: `${origin}${articlePath(article.slug)}`,
      title: article.title,
      titleZh: article.titleZh,
      publishedAt: article.publishedAt,
      translators: article.credits.translators,
      summary: article.excerpt?.zh ?? '',
    })),
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': cacheControl } });
}
