import http from 'node:http';
import { mkdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontClientHeader } from '@/lib/server/connection-address.ts';
import { createFrontServer, type FrontServerOptions } from '@/lib/site-server/front-server.ts';
import { immutableCacheControl, revalidateCacheControl, siteCacheControl, siteContentTypes, siteSecurityHeaders } from '@/lib/site/headers.ts';
import {
  closedPort,
  escapingPaths,
  internalState,
  partialWrite,
  listen,
  makeSite,
  outsideFile,
  request,
  sitePages,
  startFakeApp,
  writeSiteFile,
  type Seen,
} from '../support/static-site.ts';

/*
 * The server `npm start` puts in front of Next.js: the reading site's files as a reader's browser
 * receives them, and everything else passed to the app unchanged.
 */

const secret = 'front-secret-for-tests-0123456789abcdef';
const cleanups: Array<() => void | Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const logged: string[] = [];
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

async function startFront(options: Partial<FrontServerOptions> & Pick<FrontServerOptions, 'siteDir' | 'upstream'>): Promise<number> {
  const server = createFrontServer({ publicDir: path.join(process.cwd(), 'public'), frontSecret: secret, log: (message) => logged.push(message), ...options });
  const port = await listen(server);
  cleanups.push(() => (server.closeAllConnections(), closeServer(server)));
  return port;
}

let siteDir: string;
let front: number;
let seen: Seen[];
let appPort: number;

beforeAll(async () => {
  const site = makeSite();
  siteDir = site.siteDir;
  cleanups.push(() => rmSync(site.root, { recursive: true, force: true }));
  const app = await startFakeApp();
  seen = app.seen;
  appPort = app.port;
  cleanups.push(() => closeServer(app.server));
  front = await startFront({ siteDir, upstream: { host: '127.0.0.1', port: appPort } });
});

const answeredByApp = (response: { headers: Record<string, unknown> }) => response.headers['x-answered-by'] === 'app';
const lastSeen = () => seen.at(-1)!;

describe('the reading site', () => {
  it('serves each page by its extensionless URL with the site headers and an ETag', async () => {
    const html = await request(front, '/articles/hello');
    expect(html.status).toBe(200);
    expect(html.text).toBe(sitePages['/articles/hello'].body);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe(revalidateCacheControl);
    expect(html.headers.etag).toMatch(/^W\/"\d+-\d+"$/);
    for (const [name, value] of Object.entries(siteSecurityHeaders)) expect(html.headers[name.toLowerCase()]).toBe(value);
    expect(answeredByApp(html)).toBe(false);

    expect((await request(front, '/')).text).toBe(sitePages['/'].body);
    expect((await request(front, '/tags/node.js')).text).toBe(sitePages['/tags/node.js'].body);
    const feed = await request(front, '/feed.xml');
    expect(feed.headers['content-type']).toBe('application/xml; charset=utf-8');
    const head = await request(front, '/articles/hello', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, text: '' });
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(sitePages['/articles/hello'].body)));
  });

  it('serves the public API as JSON, which the folder of the same name does not hide', async () => {
    for (const url of ['/api/v1/public/articles', '/api/v1/public/articles/hello'] as const) {
      const json = await request(front, url);
      expect(json.status).toBe(200);
      expect(json.text).toBe(sitePages[url].body);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    }
  });

  it('lets hashed assets be kept for a year', async () => {
    const css = await request(front, '/assets/site-3f2a9c.css');
    expect(css.headers['cache-control']).toBe(immutableCacheControl);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('sends every file with its body, the content type and cache policy of lib/site/headers.ts', async () => {
    for (const [url, page] of Object.entries(sitePages)) {
      const response = await request(front, url);
      expect(response.text, url).toBe(page.body);
      expect(response.headers['content-type'], url).toBe(siteContentTypes[path.extname(page.file)]);
      expect(response.headers['cache-control'], url).toBe(siteCacheControl(url));
    }
  });

  it('answers 304 with the same ETag and headers when the copy is current, and 200 when it is not', async () => {
    const first = await request(front, '/articles/hello');
    const again = await request(front, '/articles/hello?utm=x', { headers: { 'if-none-match': first.headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(revalidateCacheControl);
    expect(again.headers.vary).toBe('Accept-Encoding');
    const stale = await request(front, '/articles/hello', { headers: { 'if-none-match': 'W/"1-1"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.etag).toBe(first.headers.etag);
  });

  it('sends the brotli or gzip copy the browser accepts, each with its own ETag', async () => {
    const page = sitePages['/articles/hello'].body;
    const plain = await request(front, '/articles/hello');
    const brotli = await request(front, '/articles/hello', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(page);
    const gzip = await request(front, '/articles/hello', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(new Set([plain.headers.etag, brotli.headers.etag, gzip.headers.etag]).size).toBe(3);
    const brotliAgain = await request(front, '/articles/hello', { headers: { 'accept-encoding': 'br', 'if-none-match': brotli.headers.etag! } });
    expect(brotliAgain.status).toBe(304);
  });

  it('serves a page published again at once, though its earlier copy was answered from memory', async () => {
    writeSiteFile(siteDir, 'articles/again.html', '<p>first edition</p>');
    const first = await request(front, '/articles/again', { headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(first.body).toString()).toBe('<p>first edition</p>');
    expect((await request(front, '/articles/again', { headers: { 'accept-encoding': 'identity' } })).text).toBe('<p>first edition</p>');
    // Same length, so only the file's time tells the copies apart.
    writeSiteFile(siteDir, 'articles/again.html', '<p>later edition</p>');
    const bumped = new Date(Date.now() + 5000);
    for (const file of ['articles/again.html', 'articles/again.html.br', 'articles/again.html.gz']) utimesSync(path.join(siteDir, file), bumped, bumped);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const again = await request(front, '/articles/again', { headers: { 'accept-encoding': encoding } });
      const text = encoding === 'br' ? brotliDecompressSync(again.body).toString() : encoding === 'gzip' ? gunzipSync(again.body).toString() : again.text;
      expect(text, encoding).toBe('<p>later edition</p>');
    }
    const head = await request(front, '/articles/again', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).not.toBe(first.headers.etag);
    expect((await request(front, '/articles/again', { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! } })).status).toBe(200);
  });

  it('leaves a Range request to sirv', async () => {
    const range = await request(front, '/articles/hello', { headers: { range: 'bytes=0-14' } });
    expect(range.status).toBe(206);
    expect(range.text).toBe('<!doctype html>');
  });

  it('serves a page published after it started, and stops serving one removed', async () => {
    expect(answeredByApp(await request(front, '/articles/late'))).toBe(true);
    writeSiteFile(siteDir, 'articles/late.html', '<p>late</p>');
    const published = await request(front, '/articles/late', { headers: { 'accept-encoding': 'gzip' } });
    expect(published.status).toBe(200);
    expect(gunzipSync(published.body).toString()).toBe('<p>late</p>');
    for (const file of ['articles/late.html', 'articles/late.html.gz', 'articles/late.html.br']) unlinkSync(path.join(siteDir, file));
    const removed = await request(front, '/articles/late', { headers: { 'accept-encoding': 'gzip' } });
    expect(removed.status).toBe(404);
    expect(answeredByApp(removed)).toBe(true);
    expect(lastSeen().url).toBe('/articles/late');
  });

  it('follows an unpublish file by file, though the address was answered from memory just before', async () => {
    writeSiteFile(siteDir, 'articles/going.html', '<p>going</p>');
    const asked = () => request(front, '/articles/going', { headers: { 'accept-encoding': 'gzip, br' } });
    expect((await asked()).headers['content-encoding']).toBe('br');
    // The generator's removal order (lib/site/files.ts): the twins first, then the page.
    unlinkSync(path.join(siteDir, 'articles/going.html.br'));
    const gzipped = await asked();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe('<p>going</p>');
    unlinkSync(path.join(siteDir, 'articles/going.html.gz'));
    const plain = await asked();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('<p>going</p>');
    unlinkSync(path.join(siteDir, 'articles/going.html'));
    const gone = await asked();
    expect(gone.status).toBe(404);
    expect(answeredByApp(gone)).toBe(true);
  });

  it('never serves .duet/ or a file outside the site directory, however the path is written', async () => {
    for (const target of escapingPaths) {
      const response = await request(front, target);
      expect(response.text, target).not.toContain(outsideFile.body);
      expect(response.text, target).not.toContain(internalState.body);
      expect(response.text, target).not.toContain(partialWrite.body);
      expect(answeredByApp(response), target).toBe(true);
    }
  });
});

describe('public/', () => {
  it("serves Next.js's public files with the site's headers", async () => {
    const humans = await request(front, '/humans.txt');
    expect(humans.status).toBe(200);
    expect(humans.text).toContain('Duet');
    expect(humans.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(humans.headers['cache-control']).toBe(revalidateCacheControl);
    expect((await request(front, '/humans.txt', { headers: { 'if-none-match': humans.headers.etag! } })).status).toBe(304);
  });
});

describe('what goes to the app', () => {
  it('passes other methods on with their body, and the answer back with its status and every cookie', async () => {
    const body = 'x'.repeat(3 * 1024 * 1024);
    const posted = await request(front, '/articles/hello?action=1', { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(posted.status).toBe(201);
    expect(posted.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(lastSeen()).toMatchObject({ method: 'POST', url: '/articles/hello?action=1', body });
    expect(lastSeen().headers['content-type']).toBe('text/plain');
  });

  it('refuses a body larger than any route takes with the API\'s 413, passing nothing on, and keeps serving', async () => {
    const before = seen.length;
    const refused = await request(front, '/api/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(25 * 1024 * 1024) });
    expect(refused.status, logged.join('\n')).toBe(413);
    expect(JSON.parse(refused.text)).toEqual({ error: { code: 'payload_too_large', message: 'The request body is larger than 16 MB' } });
    expect(seen.length).toBe(before);
    // Sent without a length, it is cut off once it grows past the limit.
    const chunked = await request(front, '/api/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: 'x'.repeat(17_000_000) });
    expect(chunked.status).toBe(413);
    expect(seen.length).toBe(before);
    expect((await request(front, '/')).status).toBe(200);
  });

  it("gives the client the app's answer to a body the app refused unread, and the connection goes on serving", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, target: string, body?: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const outgoing = http.request({ host: '127.0.0.1', port: front, method, path: target, agent }, (answer) => {
          let text = '';
          answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text }));
        });
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    const refused = await send('POST', '/refuses-early', 'x'.repeat(6 * 1024 * 1024));
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.text)).toEqual({ error: { code: 'payload_too_large' } });
    // The same connection: the rest of that body was read into nothing, so the next request is answered.
    expect((await send('GET', '/workspace')).status).toBe(200);
    agent.destroy();
  });

  it('passes on paths no file answers, with their status, every cookie and the Host the client sent', async () => {
    const missing = await request(front, '/missing/page?q=1', { headers: { host: 'translations.example.org' } });
    expect(missing.status).toBe(404);
    expect(missing.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(JSON.parse(missing.text)).toMatchObject({ app: true, url: '/missing/page?q=1' });
    expect(lastSeen().headers.host).toBe('translations.example.org');
    for (const url of ['/workspace', '/api/v1/articles', '/_next/static/chunk.js', '/signin', '/tags/', '/api/v1/public/articles/']) {
      expect(answeredByApp(await request(front, url)), url).toBe(true);
      expect(lastSeen().url).toBe(url);
    }
  });

  it("names the client's address to the app with the secret, whatever header of that name the client sent", async () => {
    await request(front, '/workspace', { localAddress: '127.0.0.2' });
    expect(lastSeen().headers[frontClientHeader]).toBe(`${secret} 127.0.0.2`);
    await request(front, '/workspace', { localAddress: '127.0.0.2', headers: { [frontClientHeader]: `${secret} 203.0.113.9` } });
    expect(lastSeen().headers[frontClientHeader]).toBe(`${secret} 127.0.0.2`);
  });

  it('with DUET_TRUST_PROXY, passes X-Forwarded-For on as the proxy sent it and adds no header of its own', async () => {
    const trusting = await startFront({ siteDir, upstream: { host: '127.0.0.1', port: appPort }, trustProxy: true });
    await request(trusting, '/workspace', { headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.4', [frontClientHeader]: `${secret} 203.0.113.1` } });
    expect(lastSeen().headers['x-forwarded-for']).toBe('203.0.113.9, 198.51.100.4');
    expect(lastSeen().headers[frontClientHeader]).toBeUndefined();
    await request(trusting, '/workspace', { localAddress: '127.0.0.2' });
    expect(lastSeen().headers['x-forwarded-for']).toBe('127.0.0.2');
  });

  it('answers 502 in plain text when the app is down', async () => {
    const orphan = await startFront({ siteDir, upstream: { host: '127.0.0.1', port: await closedPort() } });
    const down = await request(orphan, '/workspace');
    expect(down.status).toBe(502);
    expect(down.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(down.text).toMatch(/not answering/);
    expect((await request(orphan, '/articles/hello')).status).toBe(200);
  });
});
