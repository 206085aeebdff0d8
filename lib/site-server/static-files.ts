import { existsSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { revalidateCacheControl, siteCacheControl, siteContentTypes, siteSecurityHeaders } from '../site/headers.ts';
import { servablePath, siteFileCandidates } from '../site/paths.ts';
import { acceptedEncodings, MemoryAnswers, pickVariant } from './memory-files.ts';

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
 * nor is a file being written (`….tmp`, renamed into place when complete). Files up to 1 MB are
 * answered from memory with the same headers (lib/site-server/memory-files.ts), which also remembers
 * which file answered an address. The generator writes no file without an extension, so a remembered
 * `articles/x.html` is never shadowed by a new `articles/x`, the first name looked for.
 */
export function siteFileServer(siteDir: string, answers = new MemoryAnswers()): FileServer {
  const root = path.resolve(siteDir);
  const serve = sirv(root, { dev: true, etag: true, gzip: true, brotli: true, extensions: [], setHeaders: dropPresetEtag });
  return (request, response) => {
    const { pathname, search } = splitUrl(request.url ?? '/');
    const accepted = acceptedEncodings(String(request.headers['accept-encoding'] ?? ''));
    const key = `${accepted.brotli ? 'b' : '-'}${accepted.gzip ? 'g' : '-'}${pathname}`;
    if (answers.sendRemembered(key, request, response)) return true;
    const found = findSiteFile(root, pathname);
    if (found === null) return false;
    const headers = fileHeaders(found.file);
    const variant = pickVariant(path.join(root, found.file), found.stats, accepted);
    if (answers.send(key, variant, headers, request, response)) return true;
    return serveFile(serve, request, response, { url: encodeURI(found.file) + search, headers });
  };
}

/**
 * Next.js's `public/` folder (humans.txt, icons), by exact name as Next.js serves it. It changes only
 * with a new build, so sirv lists it once.
 */
export function publicFileServer(publicDir: string, answers = new MemoryAnswers()): FileServer {
  if (!existsSync(publicDir)) return () => false;
  const root = path.resolve(publicDir);
  const serve = sirv(publicDir, { dev: false, etag: true, extensions: [], setHeaders: dropPresetEtag });
  return (request, response) => {
    const { pathname } = splitUrl(request.url ?? '/');
    if (pathname.endsWith('/')) return false;
    if (answers.sendRemembered(pathname, request, response)) return true;
    const type = siteContentTypes[path.extname(pathname)];
    const headers = { ...siteSecurityHeaders, 'Cache-Control': revalidateCacheControl, ...(type && { 'Content-Type': type }) };
    // By its exact name; sirv decides what this does not find.
    const exact = servablePath(pathname);
    const found = exact === null ? null : firstFile(root, [exact]);
    if (found && answers.send(pathname, { file: path.join(root, found.file), stats: found.stats, encoding: null }, headers, request, response)) return true;
    return serveFile(serve, request, response, { url: request.url ?? '/', headers });
  };
}

const dropPresetEtag = (response: ServerResponse) => response.removeHeader('ETag');

function splitUrl(url: string): { pathname: string; search: string } {
  const query = url.indexOf('?');
  return query < 0 ? { pathname: url, search: '' } : { pathname: url.slice(0, query), search: url.slice(query) };
}

/** The first of `candidates` (paths under `root`) that is a regular file inside it, with its stats, or null. */
function firstFile(root: string, candidates: readonly string[]): { file: string; stats: Stats } | null {
  for (const candidate of candidates) {
    const absolute = path.join(root, candidate);
    if (!absolute.startsWith(root + path.sep)) return null;
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (stats?.isFile()) return { file: candidate, stats };
  }
  return null;
}

/** The site path (`/articles/x.html`) of the file a URL path names, with its stats, or null. */
function findSiteFile(root: string, rawPathname: string): { file: string; stats: Stats } | null {
  const pathname = servablePath(rawPathname);
  return pathname === null ? null : firstFile(root, siteFileCandidates(pathname));
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
