/*
 * `npm run bench:front` (`-- --quick` for a short run): the reading site's files served by Duet's
 * front server (createFrontServer, as `npm start` runs it) and by nginx with docs/nginx/duet.conf
 * (when nginx is installed), both loaded with wrk over loopback: a 100 KB article page (its gzip copy,
 * as browsers ask) and a small text file. Prints requests per second and p99 of each, and the front
 * server's figures next to nginx's. nginx runs one worker, as Node runs one thread.
 *
 *   BENCH_CONNECTIONS (16)  needs wrk (apt-get install wrk); nginx-light for the comparison
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createFrontServer } from '../lib/site-server/front-server.ts';
import { findNginx, startNginx } from './lib/nginx.ts';
import { hasWrk, runWrk } from './lib/wrk.ts';

const quick = process.argv.includes('--quick');
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const seconds = quick ? 3 : 10;
const rounds = quick ? 1 : 2;

/** A page of about 100 KB: paragraphs of English words and CJK characters in a fixed pseudo-random order, so it compresses about as prose does. */
function articleHtml(): string {
  const words = 'translation language paragraph reader meaning sentence careful between voice original version editor review glossary memory context rhythm clause author century history letter'.split(' ');
  let seed = 7;
  const next = (count: number) => ((seed = (seed * 48271) % 2147483647), seed % count);
  const sentence = () => Array.from({ length: 12 + next(10) }, () => words[next(words.length)]).join(' ');
  const chineseSentence = () => Array.from({ length: 20 + next(15) }, () => String.fromCodePoint(0x4e00 + next(3000))).join('');
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < 100_000; index++) {
    const paragraph = `<section id="p${index}"><p lang="en">${sentence()}. ${sentence()}.</p><p lang="zh">${chineseSentence()}，${chineseSentence()}。</p></section>`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title><link rel="stylesheet" href="/assets/site-0.css"></head><body><main>${paragraphs.join('\n')}</main></body></html>`;
}

function writeWithCopies(file: string, body: string): void {
  writeFileSync(file, body);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

type Load = { requestsPerSecond: number; p50: number; p99: number; errors: number };

async function load(url: string): Promise<Load> {
  const result = await runWrk({ url, connections, seconds, headers: { 'Accept-Encoding': 'gzip' } });
  return { requestsPerSecond: result.requestsPerSecond, p50: result.p50, p99: result.p99, errors: result.non2xx + result.socketErrors };
}

/** Rounds of one URL: mean throughput, median p50, worst p99. */
function combine(loads: Load[]): Load {
  const sorted = loads.map((load) => load.p50).sort((a, b) => a - b);
  return {
    requestsPerSecond: loads.reduce((sum, load) => sum + load.requestsPerSecond, 0) / loads.length,
    p50: sorted[Math.floor(sorted.length / 2)]!,
    p99: Math.max(...loads.map((load) => load.p99)),
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

if (!hasWrk()) {
  console.error('bench:front needs wrk (apt-get install wrk).');
  process.exit(1);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'duet-bench-front-'));
const siteDir = path.join(root, 'site');
mkdirSync(path.join(siteDir, 'articles'), { recursive: true });
const page = articleHtml();
writeWithCopies(path.join(siteDir, 'articles', 'bench.html'), page);
writeWithCopies(path.join(siteDir, 'robots.txt'), 'User-agent: *\nAllow: /\n');

// Nothing should reach the app: an empty server stands in for it, and counts what does.
let appRequests = 0;
const app = createServer((_request, response) => (appRequests++, response.writeHead(404).end()));
const appPort = await listen(app);
const front = createFrontServer({ siteDir, publicDir: path.join(root, 'public'), upstream: { host: '127.0.0.1', port: appPort } });
const frontPort = await listen(front);
const nginx = findNginx();
const nginxPort = nginx ? await freePort() : null;
let stopNginx: (() => Promise<void>) | undefined;

const targets = [
  { name: `article page, ${(Buffer.byteLength(page) / 1024).toFixed(0)} KB (gzip copy ${(gzipSync(page, { level: 9 }).length / 1024).toFixed(0)} KB)`, path: '/articles/bench' },
  { name: 'small text file (robots.txt)', path: '/robots.txt' },
];

try {
  if (nginx && nginxPort !== null) {
    ({ stop: stopNginx } = await startNginx(nginx, { siteDir, port: nginxPort, appPort }, path.join(root, 'nginx')));
  }
  const servers = [{ name: 'front server', port: frontPort }, ...(stopNginx && nginxPort !== null ? [{ name: 'nginx', port: nginxPort }] : [])];
  console.log(`bench:front, ${quick ? 'quick' : 'full'} run: ${connections} connections × ${rounds} × ${seconds} s per server and file, wrk, Accept-Encoding: gzip; ${os.cpus().length} cores, node ${process.version}`);
  if (!stopNginx) console.log('nginx not found (apt-get install nginx-light): the front server alone.');
  const lines = ['| File | Server | req/s | p50 | p99 | req/s vs nginx | p99 vs nginx |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const target of targets) {
    const runs = new Map<string, Load[]>(servers.map((server) => [server.name, []]));
    // Rounds interleaved, so a burst of noise on the machine hits both servers.
    for (let round = 0; round < rounds; round++) {
      for (const server of servers) runs.get(server.name)!.push(await load(`http://127.0.0.1:${server.port}${target.path}`));
    }
    const results = new Map([...runs].map(([name, loads]) => [name, combine(loads)]));
    const reference = results.get('nginx');
    for (const [name, result] of results) {
      const ratio = (value: number, of: number | undefined) => (of ? `${(value / of).toFixed(2)}×` : '—');
      lines.push(
        `| ${target.name} | ${name} | ${Math.round(result.requestsPerSecond).toLocaleString('en')} | ${result.p50.toFixed(2)} ms | ${result.p99.toFixed(2)} ms | ${ratio(result.requestsPerSecond, reference?.requestsPerSecond)} | ${ratio(result.p99, reference?.p99)} |${result.errors ? ` ${result.errors} errors` : ''}`,
      );
    }
  }
  console.log(`\n${lines.join('\n')}`);
  if (appRequests) console.log(`\n${appRequests} requests reached the stand-in app: a file was not served.`);
} finally {
  await stopNginx?.();
  front.closeAllConnections();
  front.close();
  app.close();
  rmSync(root, { recursive: true, force: true });
}
