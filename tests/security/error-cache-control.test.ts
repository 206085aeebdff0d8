import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keepRedirectsAndErrorsOutOfCaches } from '@/lib/server/error-cache-control.ts';
import { revalidateCacheControl } from '@/lib/site/headers.ts';

/*
 * Public answers of the app carry a shared-cache Cache-Control chosen before the answer is known, so
 * it would also go out on a 404 or redirect, and a CDN could keep that. The server replaces it on every
 * redirect and error (`instrumentation.ts`); the whole path is covered by
 * tests/e2e/reader-cache-headers.spec.ts.
 */

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let readerCacheControl: string;
beforeAll(() => {
  // What the public API and the feed send (lib/api/define-public-route.ts), as the site's files do.
  readerCacheControl = revalidateCacheControl;
  expect(readerCacheControl).toMatch(/^public\b/);
});

/** A plain Node server (as `next start` runs) that answers like Next.js does for a reader URL. */
async function readerServer(): Promise<string> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cacheControl = url.searchParams.get('cache-control');
    response.setHeader('cache-control', cacheControl ?? readerCacheControl);
    response.statusCode = Number(url.searchParams.get('status'));
    if (response.statusCode >= 300 && response.statusCode < 400) response.setHeader('location', '/articles/elsewhere');
    response.end(response.statusCode === 304 ? undefined : 'body');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/articles/some-slug`;
}

async function cacheControlFor(status: number, cacheControl?: string): Promise<string | null> {
  const url = new URL(await readerServer());
  url.searchParams.set('status', String(status));
  if (cacheControl !== undefined) url.searchParams.set('cache-control', cacheControl);
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(status);
  return response.headers.get('cache-control');
}

describe('a redirect or error from a reader URL', () => {
  it.each([404, 410, 307, 308, 301, 500])('is not kept by any cache (%i)', async (status) => {
    cleanups.push(keepRedirectsAndErrorsOutOfCaches());
    expect(await cacheControlFor(status)).toBe('no-store');
  });

  it('also drops the shared-cache lifetime Next.js derives from `revalidate`', async () => {
    cleanups.push(keepRedirectsAndErrorsOutOfCaches());
    expect(await cacheControlFor(404, 's-maxage=300, stale-while-revalidate=31535700')).toBe('no-store');
  });

  it('an error that already says no-store is left as it is', async () => {
    cleanups.push(keepRedirectsAndErrorsOutOfCaches());
    const nextErrorPage = 'private, no-cache, no-store, max-age=0, must-revalidate';
    expect(await cacheControlFor(500, nextErrorPage)).toBe(nextErrorPage);
  });
});

describe('a reader page', () => {
  it.each([200, 304])('keeps its shared-cache headers (%i)', async (status) => {
    cleanups.push(keepRedirectsAndErrorsOutOfCaches());
    expect(await cacheControlFor(status)).toBe(readerCacheControl);
  });
});
