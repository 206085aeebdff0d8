/* Runs one load job in a separate process (bench/lib/load-worker.ts) and returns its answer. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { HttpJob, HttpResult, SavesJob, SavesResult } from './load-types.ts';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const worker = path.join(import.meta.dirname, 'load-worker.ts');

export function runLoad(job: HttpJob): Promise<HttpResult>;
export function runLoad(job: SavesJob): Promise<SavesResult>;
export function runLoad(job: HttpJob | SavesJob): Promise<HttpResult | SavesResult> {
  return new Promise((resolve, reject) => {
    // No --conditions=react-server: the worker imports nothing from the app.
    const child = spawn(tsx, [worker], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = output.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as HttpResult | SavesResult);
      else reject(new Error(`load worker exited with ${code}: ${output.slice(0, 500)}`));
    });
    child.stdin.end(JSON.stringify(job));
  });
}
