/*
 * Debian's wrk as a load generator: a C client that costs the machine far less per request than a
 * Node.js one, so on a 2-core machine more of the CPU is left to the server being measured.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

export type WrkLoad = { requests: number; seconds: number; requestsPerSecond: number; p50: number; p99: number; non2xx: number; socketErrors: number };

export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** wrk's "1.23ms", "850.00us", "1.01s" in milliseconds. */
function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!match) throw new Error(`wrk printed a latency I cannot read: ${text}`);
  return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
}

/** GETs `url` from `connections` kept-alive connections on two threads for `seconds`. */
export async function runWrk(options: { url: string; connections: number; seconds: number; headers?: Record<string, string> }): Promise<WrkLoad> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const child = spawn('wrk', ['-t', '2', '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency', ...headerArgs, options.url]);
  let out = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`wrk failed: ${errors}`);
  const percentile = (name: string) => milliseconds(new RegExp(`^\\s+${name}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? 'NaNms');
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const totals = /(\d+) requests in ([\d.]+)(ms|s|m)/.exec(out);
  const seconds = totals ? Number(totals[2]) * { ms: 0.001, s: 1, m: 60 }[totals[3] as 'ms' | 's' | 'm'] : options.seconds;
  return {
    requests: Number(totals?.[1] ?? 0),
    seconds,
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: percentile('50'),
    p99: percentile('99'),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    socketErrors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}
