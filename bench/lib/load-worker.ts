/*
 * The load generator, run as its own process (`tsx bench/lib/load-worker.ts`) so that the server
 * and the benchmark process are not measured against their own client. Reads one job as JSON on
 * stdin, prints one result as JSON on stdout. Plain node:http with keep-alive agents: one socket per
 * simulated connection or editor, no per-request TLS or DNS, and as little client work as possible
 * (bodies are counted, not parsed, except for saves, whose answers carry the next version).
 */
import http from 'node:http';
import { summarize } from './stats.ts';
import type { HttpJob, HttpResult, LoadJob, SaveEditor, SavesJob, SavesResult } from './load-types.ts';

type Response = { status: number; body: Buffer; ttfb: number; total: number };

function request(agent: http.Agent, url: URL, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ttfb, total: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `connections` loops, each on its own kept-alive socket, for a duration or a fixed number of requests. */
async function runHttp(job: HttpJob): Promise<HttpResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const url = new URL(job.url);
  const headers = job.headers ?? {};
  for (let index = 0; index < (job.warmupRequests ?? 0); index++) await request(agent, url, { headers });
  const latencies: number[] = [];
  const ttfbs: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let networkErrors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = job.durationMs === undefined ? Infinity : started + job.durationMs;
  const more = () => performance.now() < deadline && (job.requests === undefined || issued < job.requests);
  const loop = async () => {
    while (more()) {
      issued += 1;
      try {
        const response = await request(agent, url, { headers });
        latencies.push(response.total);
        ttfbs.push(response.ttfb);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        bytes += response.body.length;
      } catch {
        networkErrors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    kind: 'http',
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latency: summarize(latencies),
    ttfb: summarize(ttfbs),
    statuses,
    networkErrors,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each editor autosaves its own segment every `intervalMs`, starting at staggered offsets, always
 * based on the last version it knows: from a 200, or from the `current` of a 409. In-flight saves
 * are awaited at the end, so every answer is counted.
 */
async function runSaves(job: SavesJob): Promise<SavesResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.editors.length });
  const latencies: number[] = [];
  const result: Omit<SavesResult, 'latency' | 'seconds' | 'savesPerSecond'> = {
    kind: 'saves',
    attempts: 0,
    accepted: 0,
    unchanged: 0,
    conflicts: 0,
    errors: 0,
    late: 0,
    errorSamples: [],
    acceptedBySegment: {},
    finalVersions: {},
  };
  const started = performance.now();
  const deadline = started + job.durationMs;

  const editor = async (who: SaveEditor, index: number) => {
    const url = new URL(`/api/v1/segments/${who.segmentId}/translation`, job.baseUrl);
    const headers = { authorization: `Bearer ${who.token}`, 'content-type': 'application/json', accept: 'application/json' };
    let version = who.version;
    let accepted = 0;
    let next = started + (job.intervalMs * index) / job.editors.length;
    for (let tick = 0; ; tick++) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else if (tick > 0 && wait < -50) result.late += 1;
      if (performance.now() >= deadline) break;
      next += job.intervalMs;
      result.attempts += 1;
      const body = JSON.stringify({ text: `${who.label}: autosave ${tick}, 自动保存第 ${tick} 次。`, baseVersion: version });
      try {
        const response = await request(agent, url, { method: 'PUT', headers, body });
        latencies.push(response.total);
        if (response.status === 200) {
          const saved = JSON.parse(response.body.toString('utf8')) as { version: number };
          if (saved.version > version) accepted += 1;
          else result.unchanged += 1;
          version = saved.version;
        } else if (response.status === 409) {
          result.conflicts += 1;
          version = (JSON.parse(response.body.toString('utf8')) as { error: { current: { version: number } } }).error.current.version;
        } else {
          result.errors += 1;
          if (result.errorSamples.length < 5) result.errorSamples.push(`${response.status} ${response.body.toString('utf8').slice(0, 200)}`);
        }
      } catch (error) {
        result.errors += 1;
        if (result.errorSamples.length < 5) result.errorSamples.push(String(error));
      }
    }
    result.accepted += accepted;
    result.acceptedBySegment[who.segmentId] = accepted;
    result.finalVersions[who.segmentId] = version;
  };

  await Promise.all(job.editors.map(editor));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...result, seconds, savesPerSecond: latencies.length / seconds, latency: summarize(latencies) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const job = JSON.parse(await readStdin()) as LoadJob;
const outcome = job.kind === 'http' ? await runHttp(job) : await runSaves(job);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
