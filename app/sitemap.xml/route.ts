import { listPublishedArticleSnapshots } from '@/lib/dal/publishing/reading.ts';
import { buildSitemapXml, sitemapEntries } from '@/lib/domain/reader/sitemap.ts';
import { linkOriginFor } from '@/lib/server/site-origin.ts';

/** Built per request from what is published now; never from the build's database or another request's Host. */
export const dynamic = 'force-dynamic';

/** A Route Handler rather than app/sitemap.ts, whose fixed Cache-Control lets caches keep a Host-built copy. */
export async function GET(request: Request): Promise<Response> {
  const { origin, cacheControl } = linkOriginFor(request);
  const xml = buildSitemapXml(sitemapEntries(origin, await listPublishedArticleSnapshots()));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': cacheControl } });
}
