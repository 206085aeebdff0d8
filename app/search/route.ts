import { toHtml } from 'hast-util-to-html';
import { searchPublishedArticles } from '@/lib/dal/publishing/search.ts';
import { siteSecurityHeaders } from '@/lib/site/headers.ts';
import { searchPage } from '@/lib/site/pages/search.ts';
import { sitePageContext } from '@/lib/site/sync.ts';

/*
 * Search answers each query fresh (results depend on the query string); the index it reads is rebuilt
 * only when what is published changes (lib/dal/publishing/search.ts). The page is one of the reading
 * site's (lib/site/pages/search.ts): both interface languages in it, no framework script, the site's
 * headers, and never stored by a cache, since it echoes the query.
 */
export const dynamic = 'force-dynamic';

async function serve(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q');
  const query = (q ?? '').trim().slice(0, 200);
  const hits = query ? await searchPublishedArticles(query) : [];
  const html = toHtml(searchPage(await sitePageContext(), query, hits));
  const headers = new Headers(siteSecurityHeaders);
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'private, no-store');
  return new Response(request.method === 'HEAD' ? null : html, { headers });
}

export const GET = serve;
export const HEAD = serve;
