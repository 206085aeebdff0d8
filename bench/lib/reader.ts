/*
 * 1. The public article page against the same server's static file: throughput and p99 of each with
 * keep-alive connections from the load worker, rounds interleaved so that a burst of noise on the
 * machine hits both; then the page's weight. Both are files answered by the front server of
 * `npm start` (lib/site-server): the page from the site directory the app wrote when the article
 * was published, the static file from public/. Optionally the page through a caching reverse proxy.
 */
import { revalidateCacheControl } from '../../lib/site/headers.ts';
import { measurePage, type PageWeight } from './http.ts';
import { runLoad } from './load.ts';
import { hasWrk, runWrk } from './wrk.ts';
import type { HttpResult } from './load-types.ts';
import { row, type Row } from './report.ts';
import { summarize } from './stats.ts';

export type ReaderOptions = {
  origin: string;
  slug: string;
  paragraphs: number;
  segments: number;
  markdown: { bytes: number; gzipBytes: number };
  connections: number;
  seconds: number;
  rounds: number;
  /** A word of the article, for the search row. */
  searchQuery: string;
  proxyUrl?: string;
};

/** A small file in public/, served by the same server as a static file (robots.txt is a page of the site). */
export const staticPath = '/humans.txt';
// What browsers send; the server picks the page's gzip or brotli copy.
const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,*/*' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the page is served: the app writes a published article's files when it next compares
 * the site directory with the database (every second), so they may trail the fixtures a little.
 * Tells whether the front server answered it from the site directory (sirv's ETag, the site's
 * cache policy) rather than passing it to Next.js.
 */
async function waitForPage(url: string): Promise<{ fromSiteFiles: boolean }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(url, { method: 'HEAD', headers });
    if (response.status === 200) {
      // The first 200 can come from the app's own route, when the file appears between the front
      // server's look and the app's: ask once more.
      await sleep(500);
      const settled = await fetch(url, { method: 'HEAD', headers });
      return { fromSiteFiles: /^W\/"\d+-\d+"$/.test(settled.headers.get('etag') ?? '') && settled.headers.get('cache-control') === revalidateCacheControl };
    }
    if (Date.now() > deadline) throw new Error(`${new URL(url).pathname} answered ${response.status} for a minute; the published article is not being served`);
    await sleep(250);
  }
}

type Combined = { requestsPerSecond: number; p50: number; p99: number; requests: number; non200: number; networkErrors: number };

/** Rounds of one URL added up: requests over seconds; the median of the rounds' p50s and the worst of their p99s. */
function combine(results: HttpResult[]): Combined {
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const non200 = results.reduce((sum, result) => sum + Object.entries(result.statuses).filter(([status]) => status !== '200').reduce((n, [, count]) => n + count, 0), 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: summarize(results.map((result) => result.latency.p50)).p50,
    p99: Math.max(...results.map((result) => result.latency.p99)),
    requests,
    non200,
    networkErrors: results.reduce((sum, result) => sum + result.networkErrors, 0),
  };
}

export async function measureReader(options: ReaderOptions): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const pagePath = `/articles/${options.slug}`;
  const { fromSiteFiles } = await waitForPage(options.origin + pagePath);
  const weight: PageWeight = await measurePage(options.origin + pagePath);
  if (weight.status !== 200) throw new Error(`${pagePath} answered ${weight.status}; the published article is not being served`);

  // wrk when it is installed: the Node.js load worker spends as much CPU parsing a 20 KB answer as the
  // server spends sending it, on the same two cores, which would count against the larger file.
  const useWrk = hasWrk();
  const job = async (url: string): Promise<HttpResult> => {
    if (!useWrk) return runLoad({ kind: 'http', url, headers, connections: options.connections, durationMs: options.seconds * 1000, warmupRequests: 10 });
    const load = await runWrk({ url, connections: options.connections, seconds: options.seconds, headers });
    const latency = { count: load.requests, p50: load.p50, p90: Number.NaN, p95: Number.NaN, p99: load.p99, max: Number.NaN, mean: Number.NaN };
    return {
      kind: 'http',
      requests: load.requests,
      seconds: load.seconds,
      requestsPerSecond: load.requestsPerSecond,
      latency,
      ttfb: latency,
      statuses: { '200': load.requests - load.non2xx, ...(load.non2xx && { other: load.non2xx }) },
      networkErrors: load.socketErrors,
      bytesPerResponse: Number.NaN,
    };
  };
  const staticRuns: HttpResult[] = [];
  const pageRuns: HttpResult[] = [];
  for (let round = 0; round < options.rounds; round++) {
    staticRuns.push(await job(options.origin + staticPath));
    pageRuns.push(await job(options.origin + pagePath));
  }
  // Search stays a page the app answers per query (its index is built once per publication change).
  const searchPath = `/search?q=${encodeURIComponent(options.searchQuery)}`;
  const searchRuns = [await job(options.origin + searchPath)];
  const proxyRuns = options.proxyUrl ? [await job(new URL(pagePath, options.proxyUrl).toString())] : [];
  const staticFile = combine(staticRuns);
  if (staticFile.non200) throw new Error(`${staticPath} did not answer 200; the static reference file (public${staticPath}) is missing`);
  const page = combine(pageRuns);
  const search = combine(searchRuns);
  const proxy = proxyRuns.length ? combine(proxyRuns) : null;

  const load = `${options.connections} connections × ${options.rounds * options.seconds} s (${useWrk ? 'wrk' : 'Node.js load worker'})`;
  const article = `${options.paragraphs}-paragraph article (${options.segments} segments), ${fromSiteFiles ? 'a file of the site directory' : 'NOT from the site directory'}`;
  const problems = (result: Combined) =>
    result.non200 || result.networkErrors ? `${result.non200} non-200 answers, ${result.networkErrors} network errors` : undefined;
  const notFromFiles = fromSiteFiles ? undefined : 'the front server passed the page to Next.js instead of answering it from the site directory';
  const rows: Row[] = [
    row({
      id: '1',
      measure: 'Reader page throughput',
      workload: `${article}, ${load}`,
      figure: { value: page.requestsPerSecond, unit: 'req/s' },
      reference: { value: staticFile.requestsPerSecond, unit: 'req/s', measure: `static ${staticPath}` },
      target: '≥ 1.0× static',
      meets: page.requestsPerSecond >= staticFile.requestsPerSecond,
      note: [problems(page), notFromFiles].filter(Boolean).join('; ') || undefined,
    }),
    row({
      id: '1',
      measure: 'Reader page latency p99',
      workload: `same load; p50 ${page.p50.toFixed(1)} ms (static ${staticFile.p50.toFixed(1)} ms)`,
      figure: { value: page.p99, unit: 'ms' },
      reference: { value: staticFile.p99, unit: 'ms', measure: `static ${staticPath} p99` },
    }),
    row({
      id: '1',
      measure: 'Search, per query',
      workload: `${searchPath}, answered by the app, ${options.connections} connections × ${options.seconds} s; p99 ${search.p99.toFixed(1)} ms`,
      figure: { value: search.requestsPerSecond, unit: 'req/s' },
      reference: { value: staticFile.requestsPerSecond, unit: 'req/s', measure: `static ${staticPath}` },
      note: problems(search),
    }),
    row({
      id: '1',
      measure: 'Reader page weight, HTML',
      workload: `same page, uncompressed; ${weight.scripts} script element(s)${weight.rscBytes ? `, of which RSC payload ${(weight.rscBytes / 1024).toFixed(1)} KiB` : ''}`,
      figure: { value: weight.htmlBytes, unit: 'bytes' },
      reference: { value: options.markdown.bytes, unit: 'bytes', measure: 'its Markdown, en + zh' },
    }),
    row({
      id: '1',
      measure: 'Reader page weight, gzip',
      workload: `gzip -6 of it; server sent ${(weight.wire.bytes / 1024).toFixed(1)} KiB ${weight.wire.encoding ?? 'uncompressed'}`,
      figure: { value: weight.gzipBytes, unit: 'bytes' },
      reference: { value: options.markdown.gzipBytes, unit: 'bytes', measure: 'its Markdown, gzip' },
    }),
  ];
  if (proxy) {
    rows.push(
      row({
        id: '1',
        measure: 'Reader page through proxy',
        workload: `${article} via BENCH_PROXY_URL, ${options.connections} connections × ${options.seconds} s; p99 ${proxy.p99.toFixed(1)} ms`,
        figure: { value: proxy.requestsPerSecond, unit: 'req/s' },
        reference: { value: staticFile.requestsPerSecond, unit: 'req/s', measure: 'static file, direct' },
        target: '≥ 0.5× static (within 2x)',
        meets: proxy.requestsPerSecond >= 0.5 * staticFile.requestsPerSecond,
        note: problems(proxy),
      }),
    );
  }
  return {
    rows,
    details: { fromSiteFiles, weight, staticFile: { path: staticPath, ...staticFile, runs: staticRuns }, page: { path: pagePath, ...page, runs: pageRuns }, proxy: proxy && { ...proxy, runs: proxyRuns } },
  };
}
