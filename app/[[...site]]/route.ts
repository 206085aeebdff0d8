import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDirectory } from '@/lib/site/config.ts';
import { siteCacheControl, siteContentTypes, siteSecurityHeaders } from '@/lib/site/headers.ts';

/*
 * The reading site's files, when no static-file server stands in front of the app: `npm start` serves
 * them before a request reaches Next.js (lib/site-server), nginx can too (docs/operating.md). This
 * answers the rest: `next dev`, and every address the site has no file for, with its 404 page.
 */
export const dynamic = 'force-dynamic';

/** The files an address may be, as the front server and nginx look them up. */
function candidates(segments: readonly string[]): string[] {
  if (segments.length === 0) return ['index.html'];
  const joined = segments.join('/');
  return [joined, `${joined}.html`, `${joined}.json`];
}

async function firstFile(directory: string, names: readonly string[]): Promise<{ name: string; body: Buffer } | null> {
  for (const name of names) {
    const file = path.resolve(directory, name);
    // No dot-folders (the site's own records), no file being written, and nothing outside the directory.
    if (!file.startsWith(directory + path.sep) || name.endsWith('.tmp') || name.split('/').some((part) => part.startsWith('.'))) continue;
    try {
      return { name, body: await readFile(file) };
    } catch {
      // Not this one (absent, or a folder): the next candidate.
    }
  }
  return null;
}

async function serve(request: Request, { params }: RouteContext<'/[[...site]]'>): Promise<Response> {
  const { site = [] } = await params;
  const directory = siteDirectory();
  const found = await firstFile(directory, candidates(site));
  const page = found ?? (await firstFile(directory, ['404.html']));
  const headers = new Headers(siteSecurityHeaders);
  if (!page) return new Response('Not found', { status: 404, headers: { ...siteSecurityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  headers.set('content-type', siteContentTypes[path.extname(page.name)] ?? 'application/octet-stream');
  headers.set('cache-control', found ? siteCacheControl(new URL(request.url).pathname) : 'no-store');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(page.body), { status: found ? 200 : 404, headers });
}

export const GET = serve;
export const HEAD = serve;
