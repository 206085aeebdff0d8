/* What the figures were measured on: they only compare within one run on one machine. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type Machine = { cores: number; cpuModel: string; memoryGiB: number; node: string; platform: string; commit: string | null };

export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  let commit: string | null = null;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    commit = dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    // Not a git checkout.
  }
  return {
    cores: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    commit,
  };
}

export const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)));
