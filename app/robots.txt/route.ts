import { linkOriginFor } from '@/lib/server/site-origin.ts';

/** Names the sitemap by its absolute URL, so it is built per request (see lib/server/site-origin.ts). */
export const dynamic = 'force-dynamic';

/** Readers' pages are for crawlers; the workspace, sign-in and the private API are not. */
const rules = ['User-Agent: *', 'Allow: /', 'Allow: /api/v1/public/', ...['/workspace', '/admin', '/signin', '/api/', '/search'].map((path) => `Disallow: ${path}`)];

/** A Route Handler rather than app/robots.ts, whose fixed Cache-Control lets caches keep a Host-built copy. */
export function GET(request: Request): Response {
  const { origin, cacheControl } = linkOriginFor(request);
  const text = [...rules, '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheControl } });
}
