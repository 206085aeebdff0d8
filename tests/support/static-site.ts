/*
 * What the front server tests and the nginx configuration test share: a reading site written as the
 * generator writes it (every file with .gz and .br copies, internal state under .duet/), a stand-in for
 * the Next.js app that says what reached it, and raw HTTP requests (fetch would normalize paths and
 * decompress bodies).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const sitePages = {
  '/': { file: 'index.html', body: '<!doctype html><title>Duet</title><h1>Home</h1>' },
  '/articles/hello': { file: 'articles/hello.html', body: `<!doctype html><title>Hello</title><p>${'你好，世界。'.repeat(200)}</p>` },
  '/api/v1/public/articles': { file: 'api/v1/public/articles.json', body: '{"articles":[{"slug":"hello"}]}' },
  '/api/v1/public/articles/hello': { file: 'api/v1/public/articles/hello.json', body: '{"slug":"hello"}' },
  '/tags/node.js': { file: 'tags/node.js.html', body: '<!doctype html><title>node.js</title>' },
  // A tag's file is named by the tag (lib/site/pages/parts.ts tagFileName), its link percent-encoded.
  '/tags/%E7%BF%BB%E8%AF%91%20notes': { file: 'tags/翻译 notes.html', body: '<!doctype html><title>翻译 notes</title>' },
  '/feed.xml': { file: 'feed.xml', body: '<?xml version="1.0"?><feed/>' },
  '/assets/site-3f2a9c.css': { file: 'assets/site-3f2a9c.css', body: 'body{margin:0}' },
  '/assets/reader-5be040.js': { file: 'assets/reader-5be040.js', body: 'document.documentElement.dataset.ready = "";' },
  '/robots.txt': { file: 'robots.txt', body: 'User-agent: *\nAllow: /\n' },
} as const;

/** A file of the generator's own state, which must never be served. */
export const internalState = { file: '.duet/manifest.json', body: '{"secret-build-state":true}' };
/** A page half written by the generator (renamed into place when complete), which must never be served. */
export const partialWrite = { file: 'articles/hello.html.1a2b3c.tmp', body: '<!doctype html><p>half a pa' };
/** A file beside the site directory, which no URL may reach. */
export const outsideFile = { name: 'outside-the-site.txt', body: 'secret outside the site' };

/** Writes `relative` with its .gz and .br copies, as the generator does. */
export function writeSiteFile(siteDir: string, relative: string, body: string): void {
  const file = path.join(siteDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  writeFileSync(`${file}.gz`, gzipSync(body));
  writeFileSync(`${file}.br`, brotliCompressSync(body));
}

/** A temporary folder holding `site/` (the site directory) and a file beside it. */
export function makeSite(): { root: string; siteDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'duet-site-'));
  const siteDir = path.join(root, 'site');
  for (const page of Object.values(sitePages)) writeSiteFile(siteDir, page.file, page.body);
  // A folder of the same name as a JSON file must not hide it.
  mkdirSync(path.join(siteDir, 'api/v1/public/articles'), { recursive: true });
  writeSiteFile(siteDir, internalState.file, internalState.body);
  writeFileSync(path.join(siteDir, partialWrite.file), partialWrite.body);
  writeFileSync(path.join(root, outsideFile.name), outsideFile.body);
  return { root, siteDir };
}

export type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

/**
 * Stands in for Next.js: answers 201 to a POST, 404 with a page of its own to /missing…, /articles/…
 * and dot paths, 200 otherwise, always with two cookies, and keeps what it received.
 */
export async function startFakeApp(): Promise<{ server: Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer(async (request, response) => {
    if (request.url === '/refuses-early') {
      // As Next.js refuses a body over a route's limit: answered before the body is read.
      response.writeHead(413, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'payload_too_large' } }));
      return;
    }
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of request) chunks.push(chunk as Buffer);
    } catch {
      return; // The front server gave up on this request (a body cut off at its limit).
    }
    const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() };
    seen.push(entry);
    const notFound = /^\/(missing|articles\/)|\/\./.test(entry.url);
    response.writeHead(entry.method === 'POST' ? 201 : notFound ? 404 : 200, [
      'Content-Type', 'application/json',
      'Set-Cookie', 'a=1; Path=/',
      'Set-Cookie', 'b=2; Path=/',
      'X-Answered-By', 'app',
    ]);
    response.end(JSON.stringify({ app: true, method: entry.method, url: entry.url, body: entry.body }));
  });
  return { server, port: await listen(server), seen };
}

export async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on (just freed). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer; text: string };

/** One request with the path exactly as given, the body as received. */
export function request(
  port: number,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString() });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Paths that try to leave the site directory or reach .duet/, plainly or encoded. */
export const escapingPaths = [
  `/../${outsideFile.name}`,
  `/..%2f${outsideFile.name}`,
  `/..%2F${outsideFile.name}`,
  `/%2e%2e/${outsideFile.name}`,
  `/%2e%2e%2f${outsideFile.name}`,
  `/articles/..%2f..%2f${outsideFile.name}`,
  `/articles/%2e%2e/%2e%2e/${outsideFile.name}`,
  `/..%5c${outsideFile.name}`,
  '/.duet/manifest.json',
  '/.duet/manifest',
  `/${partialWrite.file}`,
  '/%2eduet/manifest.json',
  '/articles/../.duet/manifest.json',
  '/.duet/manifest.json.gz',
];
