/*
 * Shared by bench/crash.ts and tests/security/crash.test.ts: kill writers with SIGKILL at random
 * moments, then check that SQLite's file is intact and that every save acknowledged before the
 * kill is there. Processes are started in their own process group and only that group is killed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Ack = { segmentId: string; version: number; text: string };

export type Verification = { integrity: string; missing: Ack[] };

/** Opens the database as the next process would after the crash (running WAL recovery), and checks it. */
export function verifyDatabase(file: string, acks: readonly Ack[]): Verification {
  const database = new Database(file, { timeout: 10_000 });
  try {
    const integrity = String(database.pragma('integrity_check', { simple: true }));
    const find = database.prepare(
      'SELECT 1 FROM Revision r JOIN Translation t ON t.id = r.translationId WHERE t.segmentId = ? AND r.version = ? AND r.text = ?',
    );
    const missing = acks.filter((ack) => !find.get(ack.segmentId, ack.version, ack.text));
    return { integrity, missing };
  } finally {
    database.close();
  }
}

/** Signals a whole process group; a group that has ended already is fine. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Gone already.
  }
}

export const randomBetween = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** The per-user save limit (abuse protection) would otherwise throttle a writer saving flat out. */
export const unlimitedSaves = { DUET_SAVE_RATE_PER_MINUTE: '1000000', DUET_SAVE_BURST: '1000000' };

const root = path.resolve(import.meta.dirname, '../..');

/**
 * One run: starts the DAL writer (tsx + the app's db.ts) in its own process group, waits for its
 * first save, lets it write for `killAfterMs`, kills the group with SIGKILL and returns what it
 * acknowledged before dying.
 */
export async function crashDalWriter(options: {
  databaseFile: string;
  token: string;
  segmentIds: readonly string[];
  loops: number;
  tag: string;
  killAfterMs: number;
}): Promise<{ acks: Ack[]; errors: string }> {
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(root, 'bench/lib/crash-writer.ts'), options.token, String(options.loops), options.tag, ...options.segmentIds],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...unlimitedSaves, DATABASE_URL: `file:${options.databaseFile}` } },
  );
  const pid = child.pid!;
  const onExit = () => killGroup(pid, 'SIGKILL');
  process.once('exit', onExit);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  try {
    const deadline = Date.now() + 60_000;
    while (!stdout.includes('ready\n')) {
      if (child.exitCode !== null) throw new Error(`The crash writer exited before writing:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`The crash writer did not start within 60 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, options.killAfterMs));
    if (child.exitCode !== null) throw new Error(`The crash writer exited before it was killed:\n${stderr}`);
    killGroup(pid, 'SIGKILL');
    await exited; // 'close': both pipes drained, so every line it wrote has been read.
  } finally {
    killGroup(pid, 'SIGKILL');
    process.removeListener('exit', onExit);
  }
  return { acks: parseAcks(stdout), errors: stderr };
}

/** Complete `ack` lines only: a line cut off by the kill was never acknowledged. */
export function parseAcks(stdout: string): Ack[] {
  return stdout
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.startsWith('ack '))
    .map((line) => JSON.parse(line.slice(4)) as Ack);
}
