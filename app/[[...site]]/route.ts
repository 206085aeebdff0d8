import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDirectory } from '@/lib/site/config.ts';
import { siteCacheControl, siteContentTypes, siteSecurityHeaders } from '@/lib/site/headers.ts';
import { servablePath, siteFileCandidates } from '@/lib/site/paths.ts';

/*
 * The reading site's files, when no static-file server stands in front of the app: `npm start` serves
 * them before a request reaches Next.js (lib/site-server), nginx can too (docs/operating.md). This
 * answers the rest: `next dev`, and every address the site has no file for, with its 404 page.
 */
export const dynamic = 'force-dynamic';

/** The first of `names` that is a readable file inside the directory, or null. */
async function firstFile(directory: string, names: readonly string[]): Promise<{ name: string; body: Buffer } | null> {
  for (const name of names) {
    const file = path.join(directory, name);
    if (!file.startsWith(directory + path.sep)) continue;
    try {
      return { name, body: await readFile(file) };
    } catch {
      // Not this one (absent, or a folder): the next candidate.
    }
  }
  return null;
}

async function serve(request: Request): Promise<Response> {
  const directory = siteDirectory();
  const { pathname: requested } = new URL(request.url);
  const pathname = servablePath(requested);
  const found = pathname === null ? null : await firstFile(directory, siteFileCandidates(pathname));
  const page = found ?? (await firstFile(directory, ['/404.html']));
  if (!page) return new Response('Not found', { status: 404, headers: { ...siteSecurityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  const headers = new Headers(siteSecurityHeaders);
  headers.set('content-type', siteContentTypes[path.extname(page.name)] ?? 'application/octet-stream');
  headers.set('cache-control', found ? siteCacheControl(requested) : 'no-store');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(page.body), { status: found ? 200 : 404, headers });
}

export const GET = serve;
export const HEAD = serve;
