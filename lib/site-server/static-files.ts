import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { revalidateCacheControl, siteCacheControl, siteContentTypes, siteSecurityHeaders } from '../site/headers.ts';

/** Serves a request from files, or returns false (nothing sent) when no file answers it. */
export type FileServer = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * The reading site's directory. Publishing replaces and removes its files while the server runs, so
 * every request looks on disk: sirv's `dev` mode (its production mode lists the files once, at start).
 *
 * A URL names a file as `try_files $uri $uri.html $uri.json` does in docs/nginx/duet.conf
 * (/articles/x is articles/x.html, /api/v1/public/articles is api/v1/public/articles.json even though
 * a folder api/v1/public/articles/ exists; / is index.html, and other paths ending in / are the
 * app's). That is decided here, so the headers can follow the file's type; sirv then picks its .br
 * or .gz copy by Accept-Encoding and answers with an ETag, or a 304. No path with a part starting
 * with a dot is served: `.duet/` holds the generator's state, and `..` never leaves the directory;
 * nor is a file being written (`….tmp`, renamed into place when complete).
 */
export function siteFileServer(siteDir: string): FileServer {
  const root = path.resolve(siteDir);
  const serve = sirv(root, { dev: true, etag: true, gzip: true, brotli: true, extensions: [], setHeaders: dropPresetEtag });
  return (request, response) => {
    const { pathname, search } = splitUrl(request.url ?? '/');
    const file = findSiteFile(root, pathname);
    if (file === null) return false;
    return serveFile(serve, request, response, { url: encodeURI(file) + search, headers: fileHeaders(file) });
  };
}

/**
 * Next.js's `public/` folder (humans.txt, icons), by exact name as Next.js serves it. It changes only
 * with a new build, so sirv lists it once.
 */
export function publicFileServer(publicDir: string): FileServer {
  if (!existsSync(publicDir)) return () => false;
  const serve = sirv(publicDir, { dev: false, etag: true, extensions: [], setHeaders: dropPresetEtag });
  return (request, response) => {
    const { pathname } = splitUrl(request.url ?? '/');
    if (pathname.endsWith('/')) return false;
    const type = siteContentTypes[path.extname(pathname)];
    return serveFile(serve, request, response, {
      url: request.url ?? '/',
      headers: { ...siteSecurityHeaders, 'Cache-Control': revalidateCacheControl, ...(type && { 'Content-Type': type }) },
    });
  };
}

const dropPresetEtag = (response: ServerResponse) => response.removeHeader('ETag');

function splitUrl(url: string): { pathname: string; search: string } {
  const query = url.indexOf('?');
  return query < 0 ? { pathname: url, search: '' } : { pathname: url.slice(0, query), search: url.slice(query) };
}

/** The site path (`/articles/x.html`) of the file a URL path names, or null. */
function findSiteFile(root: string, rawPathname: string): string | null {
  let pathname: string;
  try {
    // As sirv decodes: %2F stays, so an encoded slash never makes a new path part.
    pathname = decodeURI(rawPathname);
  } catch {
    return null;
  }
  if (pathname === '/') pathname = '/index.html';
  if (!pathname.startsWith('/') || pathname.endsWith('/') || pathname.includes('\0') || pathname.endsWith('.tmp') || pathname.split('/').some((part) => part.startsWith('.'))) return null;
  const candidates = [pathname, `${pathname}.html`, `${pathname}.json`];
  for (const candidate of candidates) {
    const absolute = path.join(root, candidate);
    if (!absolute.startsWith(root + path.sep)) return null;
    if (statSync(absolute, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

function fileHeaders(file: string): Record<string, string> {
  const type = siteContentTypes[path.extname(file)];
  return { ...siteSecurityHeaders, 'Cache-Control': siteCacheControl(file), Vary: 'Accept-Encoding', ...(type && { 'Content-Type': type }) };
}

/**
 * Runs sirv on `url` with `headers` set first. sirv keeps headers already set on the response over its
 * own (so the type and cache policy are ours) and decides synchronously, calling `next` on a miss;
 * the response is then left as it was. Its 304 carries only the headers set before it: as sirv sends
 * a 304 only when If-None-Match equals the file's ETag, that value is set as the ETag, and taken off
 * again on a 200, where sirv sets the file's own.
 */
function serveFile(serve: RequestHandler, request: IncomingMessage, response: ServerResponse, answer: { url: string; headers: Record<string, string> }): boolean {
  const etag = request.headers['if-none-match'];
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  if (etag) response.setHeader('ETag', etag);
  const originalUrl = request.url;
  let missed = false;
  request.url = answer.url;
  try {
    serve(request, response, () => void (missed = true));
  } finally {
    request.url = originalUrl;
  }
  if (missed) for (const name of response.getHeaderNames()) response.removeHeader(name);
  return !missed;
}
