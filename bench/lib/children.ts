/*
 * The standalone benchmarks (import, memory, checks), each run as its own process, as a developer
 * would run it. With BENCH_JSON=1 a script may print its figures as one JSON line last; run.ts uses
 * that line when there is one, and otherwise keeps the script's output verbatim.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { endGroupWithUs, killGroup } from './process-group.ts';

export type ChildRun = {
  script: string;
  args: string[];
  env: Record<string, string>;
  status: 'ok' | 'failed' | 'missing' | 'timed out';
  exitCode: number | null;
  seconds: number;
  /** The last line of standard output, when it is a JSON object. */
  json: Record<string, unknown> | null;
  output: string;
};

export async function runChildBenchmark(script: string, options: { quick: boolean; quickEnv?: Record<string, string>; timeoutMs: number }): Promise<ChildRun> {
  const file = path.join(process.cwd(), script);
  const supportsQuick = existsSync(file) && readFileSync(file, 'utf8').includes('--quick');
  const args = options.quick && supportsQuick ? ['--quick'] : [];
  const env = { BENCH_JSON: '1', ...(options.quick ? (options.quickEnv ?? {}) : {}) };
  const base = { script, args, env, exitCode: null, seconds: 0, json: null };
  if (!existsSync(file)) return { ...base, status: 'missing', output: '' };

  const started = performance.now();
  // Its own process group, so a timeout also ends whatever the script started.
  const child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', script, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const release = endGroupWithUs(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid!, 'SIGKILL');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  release();
  const last = stdout.trim().split('\n').pop()?.trim() ?? '';
  const json = parseObject(last);
  // The JSON line is for this process; a reader wants the rest.
  const at = json ? output.lastIndexOf(last) : -1;
  const shown = (at >= 0 ? output.slice(0, at) + output.slice(at + last.length) : output).trim();
  return {
    ...base,
    status: timedOut ? 'timed out' : exitCode === 0 ? 'ok' : 'failed',
    exitCode,
    seconds: (performance.now() - started) / 1000,
    json,
    output: shown,
  };
}

function parseObject(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
