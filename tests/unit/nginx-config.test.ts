import { rmSync, unlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { immutableCacheControl, revalidateCacheControl, siteCacheControl, siteContentTypes, siteSecurityHeaders } from '@/lib/site/headers.ts';
import { findNginx, startNginx } from '../../bench/lib/nginx.ts';
import { closedPort, escapingPaths, internalState, makeSite, partialWrite, outsideFile, request, sitePages, startFakeApp, writeSiteFile, type Seen } from '../support/static-site.ts';

/*
 * docs/nginx/duet.conf, the example for serving the reading site with nginx, run by a real nginx
 * (bench/lib/nginx.ts) against a site directory and a stand-in for Duet: what a reader gets must
 * match what Duet's own front server sends (tests/unit/front-server.test.ts). CI installs
 * nginx-light (.ci/run).
 */

const nginx = findNginx();
const title = nginx ? 'docs/nginx/duet.conf in nginx' : 'docs/nginx/duet.conf in nginx: skipped, no nginx binary on PATH or in /usr/sbin (apt-get install nginx-light)';

describe.skipIf(!nginx)(title, () => {
  let root: string;
  let siteDir: string;
  let port: number;
  let seen: Seen[];
  let app: Server;
  let stopNginx: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ root, siteDir } = makeSite());
    const fake = await startFakeApp();
    ({ seen, server: app } = fake);
    port = await closedPort();
    ({ stop: stopNginx } = await startNginx(nginx!, { siteDir, port, appPort: fake.port }, path.join(root, 'nginx')));
  }, 20_000);

  afterAll(async () => {
    await stopNginx?.();
    if (app) await new Promise((resolve) => (app.closeAllConnections(), app.close(resolve)));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const answeredByApp = (response: { headers: Record<string, unknown> }) => response.headers['x-answered-by'] === 'app';

  it('serves each page by its extensionless URL with the headers of lib/site/headers.ts and an ETag', async () => {
    const html = await request(port, '/articles/hello');
    expect(html.status).toBe(200);
    expect(html.text).toBe(sitePages['/articles/hello'].body);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe(revalidateCacheControl);
    expect(html.headers.etag).toBeTruthy();
    for (const [name, value] of Object.entries(siteSecurityHeaders)) expect(html.headers[name.toLowerCase()], name).toBe(value);
    expect(answeredByApp(html)).toBe(false);

    expect((await request(port, '/')).text).toBe(sitePages['/'].body);
    expect((await request(port, '/tags/node.js')).text).toBe(sitePages['/tags/node.js'].body);
    expect((await request(port, '/feed.xml')).headers['content-type']).toBe('application/xml; charset=utf-8');
    for (const url of ['/api/v1/public/articles', '/api/v1/public/articles/hello'] as const) {
      const json = await request(port, url);
      expect(json.text, url).toBe(sitePages[url].body);
      expect(json.headers['content-type'], url).toBe('application/json; charset=utf-8');
    }
    const css = await request(port, '/assets/site-3f2a9c.css');
    expect(css.headers['cache-control']).toBe(immutableCacheControl);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('sends every file with its body, the content type and cache policy of lib/site/headers.ts', async () => {
    for (const [url, page] of Object.entries(sitePages)) {
      const response = await request(port, url);
      expect(response.text, url).toBe(page.body);
      expect(response.headers['content-type'], url).toBe(siteContentTypes[path.extname(page.file)]);
      expect(response.headers['cache-control'], url).toBe(siteCacheControl(url));
    }
  });

  it('answers 304 when the copy is current', async () => {
    const first = await request(port, '/articles/hello');
    const again = await request(port, '/articles/hello', { headers: { 'if-none-match': first.headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(revalidateCacheControl);
  });

  it('sends the gzip copy to a browser that accepts it', async () => {
    const gzip = await request(port, '/articles/hello', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).toString()).toBe(sitePages['/articles/hello'].body);
    expect(gzip.headers['cache-control']).toBe(revalidateCacheControl);
  });

  it('passes addresses no file answers to Duet, whose answer and headers the reader gets', async () => {
    const missing = await request(port, '/articles/not-published', { headers: { host: 'translations.example.org:8443' } });
    expect(missing.status).toBe(404);
    expect(answeredByApp(missing)).toBe(true);
    expect(missing.headers['cache-control']).toBeUndefined();
    expect(missing.headers['content-security-policy']).toBeUndefined();
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/articles/not-published' });
    expect(seen.at(-1)!.headers).toMatchObject({ host: 'translations.example.org:8443', 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http' });
    for (const url of ['/workspace', '/api/v1/articles', '/signin?next=%2Fworkspace', '/tags/']) {
      expect(answeredByApp(await request(port, url)), url).toBe(true);
      expect(seen.at(-1)!.url).toBe(url);
    }
  });

  it('passes other methods on with their body, even to the address of a file', async () => {
    for (const url of ['/articles/hello', '/']) {
      const posted = await request(port, url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'form body' });
      expect(posted.status, url).toBe(201);
      expect(posted.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
      expect(seen.at(-1)).toMatchObject({ method: 'POST', url, body: 'form body' });
    }
  });

  it('serves a page published after it started, and not one removed', async () => {
    writeSiteFile(siteDir, 'articles/late.html', '<p>late</p>');
    expect((await request(port, '/articles/late')).text).toBe('<p>late</p>');
    for (const file of ['articles/late.html', 'articles/late.html.gz', 'articles/late.html.br']) unlinkSync(path.join(siteDir, file));
    expect(answeredByApp(await request(port, '/articles/late'))).toBe(true);
  });

  it('never serves .duet/ or a file outside the site directory', async () => {
    for (const target of escapingPaths) {
      const response = await request(port, target);
      expect(response.text, target).not.toContain(outsideFile.body);
      expect(response.text, target).not.toContain(internalState.body);
      expect(response.text, target).not.toContain(partialWrite.body);
      // nginx refuses a path above its root itself; the rest is Duet's to answer.
      expect(response.status === 400 || answeredByApp(response), `${target}: ${response.status}`).toBe(true);
    }
  });
});
