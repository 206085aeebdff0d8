/*
 * 2. The editor for a 1,000-segment article, signed in as an assigned translator: server time
 * (sequential requests from the load worker), payload as sent, and time to interactive in Chromium.
 * The same editor for a 100-paragraph article is the reference, so the ratio shows how the cost
 * grows with the article.
 */
import { measureTimeToInteractive } from './browser.ts';
import { cookieHeader, measurePage, signIn } from './http.ts';
import { runLoad } from './load.ts';
import { row, type Row } from './report.ts';

export type EditorOptions = {
  origin: string;
  user: { email: string; password: string };
  article: { slug: string; segments: number };
  reference: { slug: string; segments: number };
  requests: number;
  browserRuns: number;
};

const editPath = (slug: string) => `/workspace/articles/${slug}/edit`;

async function serverTime(origin: string, path: string, cookie: string, requests: number) {
  const result = await runLoad({ kind: 'http', url: origin + path, headers: { cookie, 'accept-encoding': 'gzip' }, connections: 1, requests, warmupRequests: 2 });
  if (result.statuses['200'] !== result.requests) throw new Error(`${path} answered ${JSON.stringify(result.statuses)}`);
  return result;
}

export async function measureEditor(options: EditorOptions): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const cookies = await signIn(options.origin, options.user.email, options.user.password);
  const cookie = cookieHeader(cookies);
  const big = editPath(options.article.slug);
  const small = editPath(options.reference.slug);

  const [bigWeight, smallWeight] = [await measurePage(options.origin + big, { cookie }), await measurePage(options.origin + small, { cookie })];
  if (bigWeight.status !== 200 || smallWeight.status !== 200) throw new Error(`The editor answered ${bigWeight.status} / ${smallWeight.status}`);
  const bigTime = await serverTime(options.origin, big, cookie, options.requests);
  const smallTime = await serverTime(options.origin, small, cookie, options.requests);
  // Without a browser the other editor figures still stand.
  let browserError: string | undefined;
  const [bigTti, smallTti] = await measureTimeToInteractive({ origin: options.origin, cookies, paths: [big, small], runs: options.browserRuns }).catch(
    (error: Error) => ((browserError = `Chromium: ${error.message.split('\n')[0]}`), [null, null]),
  );
  const ms = (value: number | undefined) => (value === undefined ? null : { value, unit: 'ms' as const });

  const label = `${options.article.segments}-segment article`;
  const referenceLabel = `${options.reference.segments}-segment article`;
  const rows: Row[] = [
    row({
      id: '2',
      measure: 'Editor server time',
      workload: `${label}, signed in, whole response, median of ${options.requests} (first byte ${bigTime.ttfb.p50.toFixed(0)} ms)`,
      figure: { value: bigTime.latency.p50, unit: 'ms' },
      reference: { value: smallTime.latency.p50, unit: 'ms', measure: referenceLabel },
    }),
    row({
      id: '2',
      measure: 'Editor payload, HTML',
      workload: `${label}, uncompressed; of which RSC payload ${(bigWeight.rscBytes / 2 ** 20).toFixed(2)} MiB`,
      figure: { value: bigWeight.htmlBytes, unit: 'bytes' },
      reference: { value: smallWeight.htmlBytes, unit: 'bytes', measure: referenceLabel },
    }),
    row({
      id: '2',
      measure: 'Editor payload, gzip',
      workload: `gzip -6 of it; server sent ${(bigWeight.wire.bytes / 1024).toFixed(0)} KiB ${bigWeight.wire.encoding ?? 'uncompressed'}${bigTti ? `; + ${(bigTti.scriptTransferBytes / 1024).toFixed(0)} KiB of scripts` : ''}`,
      figure: { value: bigWeight.gzipBytes, unit: 'bytes' },
      reference: { value: smallWeight.gzipBytes, unit: 'bytes', measure: referenceLabel },
    }),
    row({
      id: '2',
      measure: 'Editor time to interactive, cold',
      workload: `${label}, Chromium, new context, navigation start → [data-ready], median of ${options.browserRuns}`,
      figure: ms(bigTti?.coldMs),
      reference: smallTti ? { value: smallTti.coldMs, unit: 'ms', measure: referenceLabel } : null,
      target: '< 1 s',
      meets: bigTti ? bigTti.coldMs < 1000 : null,
      note: browserError,
    }),
    row({
      id: '2',
      measure: 'Editor time to interactive, warm',
      workload: `same, loaded again in the same context (scripts cached)`,
      figure: ms(bigTti?.warmMs),
      reference: smallTti ? { value: smallTti.warmMs, unit: 'ms', measure: referenceLabel } : null,
      target: '< 1 s',
      meets: bigTti ? bigTti.warmMs < 1000 : null,
    }),
  ];
  return {
    rows,
    details: {
      article: { path: big, weight: bigWeight, serverTime: bigTime, interactive: bigTti },
      reference: { path: small, weight: smallWeight, serverTime: smallTime, interactive: smallTti },
    },
  };
}
