import { readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/*
 * The reading site's files are small (a page is tens of kilobytes compressed) and read over and over:
 * opening and streaming one per request (sirv's way) costs more than the request itself. Files up to
 * 1 MB are answered from memory instead, with the same headers sirv would send (its ETag form,
 * Last-Modified, the precompressed copy the client accepts), built once per file version.
 *
 * Nothing is served from memory without looking at the file first (one stat): a copy whose size or
 * time changed is read again, and one that is gone is not served, so a publish or an unpublish is seen
 * at once. Which file answers an address (`/articles/x` is `articles/x.html.br` for a client that
 * takes brotli) is remembered too, so a repeated request costs that one stat instead of one per
 * candidate name; when the remembered file changes or goes, the address is looked up again from the
 * start. Larger files and Range requests are left to sirv.
 */

const maxFileBytes = 1_000_000;
const maxTotalBytes = 64_000_000;
const maxRemembered = 20_000;

/** A file version's bytes and the headers of its 200 and 304 answers, as flat name/value lists. */
type Answer = { size: number; mtimeMs: number; body: Buffer; etag: string; ok: string[]; notModified: string[] };

export type Variant = { file: string; stats: Stats; encoding: 'br' | 'gzip' | null };

/** Answers kept in memory, the least recently used dropped first past 64 MB. */
export class MemoryAnswers {
  readonly #answers = new Map<string, Answer>();
  /** Request key (accepted encodings and path) → the file that answered it. */
  readonly #routes = new Map<string, string>();
  #total = 0;

  /**
   * Answers from the file `key` was last answered with, when that file is still as it was; false
   * (nothing sent) otherwise, and the key is forgotten.
   */
  sendRemembered(key: string, request: IncomingMessage, response: ServerResponse): boolean {
    if (request.headers.range) return false;
    const file = this.#routes.get(key);
    if (file === undefined) return false;
    const answer = this.#answers.get(file);
    const stats = answer && statSync(file, { throwIfNoEntry: false });
    if (!answer || !stats?.isFile() || stats.size !== answer.size || stats.mtimeMs !== answer.mtimeMs) {
      this.#routes.delete(key);
      return false;
    }
    send(answer, request, response);
    return true;
  }

  /**
   * Answers a GET or HEAD for `variant` from memory with `headers` (type, cache policy, security) and
   * the file's own (length, encoding, Last-Modified, ETag), or a 304 when the client has it, and
   * remembers that `key` names this file. Returns false, sending nothing, for what sirv should
   * answer: a Range request or a file too large to keep.
   */
  send(key: string, variant: Variant, headers: Record<string, string>, request: IncomingMessage, response: ServerResponse): boolean {
    if (request.headers.range) return false;
    const answer = this.#answer(variant, headers);
    if (answer === null) return false;
    if (this.#routes.size >= maxRemembered) this.#routes.clear();
    this.#routes.set(key, variant.file);
    send(answer, request, response);
    return true;
  }

  #answer(variant: Variant, headers: Record<string, string>): Answer | null {
    const { file, stats } = variant;
    if (stats.size > maxFileBytes) return null;
    const kept = this.#answers.get(file);
    if (kept && kept.size === stats.size && kept.mtimeMs === stats.mtimeMs) {
      // Most recently used last.
      this.#answers.delete(file);
      this.#answers.set(file, kept);
      return kept;
    }
    const body = readFileSync(file);
    if (kept) this.#forget(file, kept);
    const etag = etagOf(stats);
    const common = { ...headers, ETag: etag, 'Last-Modified': stats.mtime.toUTCString() };
    const answer: Answer = {
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      body,
      etag,
      ok: flat({ ...common, ...(variant.encoding && { 'Content-Encoding': variant.encoding }), 'Content-Length': String(body.length) }),
      notModified: flat(common),
    };
    // Replaced between the stat and the read: serve what was read, keep nothing.
    if (body.length !== stats.size) return { ...answer, mtimeMs: Number.NaN };
    this.#answers.set(file, answer);
    this.#total += body.length;
    for (const [oldest, entry] of this.#answers) {
      if (this.#total <= maxTotalBytes) break;
      this.#forget(oldest, entry);
    }
    return answer;
  }

  #forget(file: string, answer: Answer): void {
    this.#answers.delete(file);
    this.#total -= answer.body.length;
  }
}

const flat = (headers: Record<string, string>) => Object.entries(headers).flat();

function send(answer: Answer, request: IncomingMessage, response: ServerResponse): void {
  if (request.headers['if-none-match'] === answer.etag) {
    response.writeHead(304, answer.notModified);
    response.end();
    return;
  }
  response.writeHead(200, answer.ok);
  response.end(request.method === 'HEAD' ? undefined : answer.body);
}

/** The encodings a client takes, as sirv reads Accept-Encoding: a part of the key a file is remembered under. */
export function acceptedEncodings(acceptEncoding: string): { brotli: boolean; gzip: boolean } {
  return { brotli: /\b(br|brotli)\b/i.test(acceptEncoding), gzip: acceptEncoding.includes('gzip') };
}

const isFile = (file: string) => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats : null;
};

/** The copy of `file` to send: its brotli or gzip twin when the client accepts it and it exists (as sirv picks), else the file. */
export function pickVariant(file: string, stats: Stats, accepted: { brotli: boolean; gzip: boolean }): Variant {
  if (accepted.brotli) {
    const brotli = isFile(`${file}.br`);
    if (brotli) return { file: `${file}.br`, stats: brotli, encoding: 'br' };
  }
  if (accepted.gzip) {
    const gzipped = isFile(`${file}.gz`);
    if (gzipped) return { file: `${file}.gz`, stats: gzipped, encoding: 'gzip' };
  }
  return { file, stats, encoding: null };
}

/** sirv's ETag, so answers from memory and from sirv agree. */
export const etagOf = (stats: Stats) => `W/"${stats.size}-${stats.mtime.getTime()}"`;
