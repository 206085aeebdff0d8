import { robotsTxt } from '@/lib/domain/reader/public-files.ts';
import { linkOriginFor } from '@/lib/server/site-origin.ts';

/** Names the sitemap by its absolute URL, so it is built per request (see lib/server/site-origin.ts). */
export const dynamic = 'force-dynamic';

/** A Route Handler rather than app/robots.ts, whose fixed Cache-Control lets caches keep a Host-built copy. */
export function GET(request: Request): Response {
  const { origin, cacheControl } = linkOriginFor(request);
  return new Response(robotsTxt(origin), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheControl } });
}
