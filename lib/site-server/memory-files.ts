import { readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/*
 * The reading site's files are small (a page is tens of kilobytes compressed) and read over and over:
 * opening and streaming one per request (sirv's way) costs more than the request itself. Files up to
 * 1 MB are answered from memory instead, with the same headers sirv would send (its ETag form,
 * Last-Modified, the precompressed copy the client accepts). Every request still looks at the file
 * (one stat), and a copy whose size or time changed is read again, so a publish or an unpublish is
 * seen at once. Larger files and Range requests are left to sirv.
 */

const maxFileBytes = 1_000_000;
const maxTotalBytes = 64_000_000;

type Entry = { size: number; mtimeMs: number; body: Buffer };

/** Bytes of small files, the least recently used dropped first past 64 MB. */
export class FileBodies {
  readonly #entries = new Map<string, Entry>();
  #total = 0;

  /** The file's bytes as they are on disk now (`stats` from this request), or null when it is too large to keep. */
  read(file: string, stats: Stats): Buffer | null {
    if (stats.size > maxFileBytes) return null;
    const kept = this.#entries.get(file);
    if (kept && kept.size === stats.size && kept.mtimeMs === stats.mtimeMs) {
      // Most recently used last.
      this.#entries.delete(file);
      this.#entries.set(file, kept);
      return kept.body;
    }
    const body = readFileSync(file);
    if (kept) this.#forget(file, kept);
    // Replaced between the stat and the read: serve what was read, keep nothing.
    if (body.length !== stats.size) return body;
    this.#entries.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, body });
    this.#total += body.length;
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= maxTotalBytes) break;
      this.#forget(oldest, entry);
    }
    return body;
  }

  #forget(file: string, entry: Entry): void {
    this.#entries.delete(file);
    this.#total -= entry.size;
  }
}

export type Variant = { file: string; stats: Stats; encoding: 'br' | 'gzip' | null };

const isFile = (file: string) => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats : null;
};

/** The copy of `file` to send: its brotli or gzip twin when the client accepts it and it exists (as sirv picks), else the file. */
export function pickVariant(file: string, stats: Stats, acceptEncoding: string, precompressed: boolean): Variant {
  if (precompressed && /\b(br|brotli)\b/i.test(acceptEncoding)) {
    const brotli = isFile(`${file}.br`);
    if (brotli) return { file: `${file}.br`, stats: brotli, encoding: 'br' };
  }
  if (precompressed && acceptEncoding.includes('gzip')) {
    const gzipped = isFile(`${file}.gz`);
    if (gzipped) return { file: `${file}.gz`, stats: gzipped, encoding: 'gzip' };
  }
  return { file, stats, encoding: null };
}

/** sirv's ETag, so answers from memory and from sirv agree. */
export const etagOf = (stats: Stats) => `W/"${stats.size}-${stats.mtime.getTime()}"`;

/**
 * Answers a GET or HEAD for `variant` from memory with `headers` (type, cache policy, security) and the
 * file's own (length, encoding, Last-Modified, ETag), or a 304 when the client has it. Returns false,
 * sending nothing, for what sirv should answer: a Range request or a file too large to keep.
 */
export function sendFromMemory(bodies: FileBodies, request: IncomingMessage, response: ServerResponse, variant: Variant, headers: Record<string, string>): boolean {
  if (request.headers.range) return false;
  const body = bodies.read(variant.file, variant.stats);
  if (body === null) return false;
  const etag = etagOf(variant.stats);
  const all: Record<string, string | number> = { ...headers, ETag: etag, 'Last-Modified': variant.stats.mtime.toUTCString() };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, all);
    response.end();
    return true;
  }
  if (variant.encoding) all['Content-Encoding'] = variant.encoding;
  all['Content-Length'] = body.length;
  response.writeHead(200, all);
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
