import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { siteFeed } from '@/lib/domain/reader/public-files.ts';
import { linkOriginFor } from '@/lib/server/site-origin.ts';

/** Built per request from what is published now; never prerendered from the build's database. */
export const dynamic = 'force-dynamic';

/**
 * The Atom feed. With DUET_PUBLIC_URL the reading site has it as a file (lib/site), served in front of
 * this route; without, its links name the request's host and no cache may keep it.
 */
export async function GET(request: Request): Promise<Response> {
  const { origin, cacheControl } = linkOriginFor(request);
  const xml = siteFeed(origin, await listPublishedArticles());
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': cacheControl } });
}
