/*
 * Starts the app the way `npm start` does (`duet start`: migrate, build when the code changed, then
 * `next start` on a port of 127.0.0.1 behind the front server, which listens on the given port once
 * Next.js does) in its own process group, and stops exactly that group. Other Next.js servers on the
 * machine are never touched: nothing here looks processes up by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { endGroupWithUs, killGroup } from './process-group.ts';

export type AppServer = {
  origin: string;
  logFile: string;
  /** Seconds from spawn to the first answer, including a build when one was needed. */
  startupSeconds: number;
  built: boolean;
  pid: number;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function portIsTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export type LaunchingServer = {
  /** Settles once `duet start` has applied migrations: from then on the database may be written. */
  migrated: Promise<void>;
  /** Settles once the app answers `readyPath`. */
  ready: Promise<AppServer>;
};

export async function launchServer(options: { port: number; env: Record<string, string>; logFile: string; readyPath: string }): Promise<LaunchingServer> {
  if (await portIsTaken(options.port)) throw new Error(`Port ${options.port} is in use; set BENCH_PORT to a free port`);
  const origin = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  // detached: a new process group, so stop() reaches tsx, `duet start` and `next start` together.
  const child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'lib/cli/main.ts', 'start'], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: '1' },
  });
  closeSync(log);
  const pid = child.pid!;
  const release = endGroupWithUs(pid);

  const stop = async () => {
    killGroup(pid, 'SIGTERM');
    await Promise.race([exited(child), sleep(10_000)]);
    killGroup(pid, 'SIGKILL');
    release();
  };

  /** Polls until `done` holds; fails when the app exits first or after 10 minutes (a build included). */
  const waitUntil = async (what: string, done: () => Promise<boolean>) => {
    const deadline = Date.now() + 10 * 60_000;
    while (!(await done())) {
      if (child.exitCode !== null || child.signalCode !== null) {
        await stop(); // Whatever it had started goes with it.
        throw new Error(`The app exited before ${what} (see ${options.logFile}):\n${tail(options.logFile)}`);
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The app was not ${what} within 10 minutes (see ${options.logFile})`);
      }
      await sleep(250);
    }
  };

  // migrate.ts prints one of these; the schema engine fails on a busy SQLite file, so nothing else
  // may write until then.
  const migrated = waitUntil('migrating', async () => /^(Applied .+ to |Database .+ is up to date)/m.test(readFileSync(options.logFile, 'utf8')));
  const ready = (async () => {
    await waitUntil('answering', async () => {
      try {
        const response = await fetch(origin + options.readyPath);
        await response.arrayBuffer();
        return response.ok;
      } catch {
        return false; // Not listening yet (building or starting).
      }
    });
    const built = readFileSync(options.logFile, 'utf8').includes('Building the app');
    return { origin, logFile: options.logFile, startupSeconds: (performance.now() - started) / 1000, built, pid, stop };
  })();
  return { migrated, ready };
}

function tail(file: string, lines = 30): string {
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

type ProcessInfo = { pid: number; ppid: number; rssBytes: number; command: string };

function readProcesses(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      list.push({ pid: Number(entry), ppid, rssBytes: rssKb * 1024, command });
    } catch {
      // The process ended while we read it.
    }
  }
  return list;
}

function subtree(all: ProcessInfo[], root: number): ProcessInfo[] {
  const found = all.filter((info) => info.pid === root);
  for (let index = 0; index < found.length; index++) found.push(...all.filter((info) => info.ppid === found[index]!.pid));
  return found;
}

/**
 * Resident memory of the server: the `next start` process and its children (from /proc), and of the
 * whole tree including `duet start` (tsx, and the front server, which runs in that process), which a
 * deployment also pays for.
 */
export function measureRss(rootPid: number): { serverBytes: number; treeBytes: number; processes: number } {
  const all = readProcesses();
  const tree = subtree(all, rootPid);
  // `next start` renames itself "next-server (vX.Y.Z)".
  const next = tree.find((info) => /^next-server|next\/dist\/bin\/next start/.test(info.command));
  const server = next ? subtree(all, next.pid) : tree;
  const sum = (list: ProcessInfo[]) => list.reduce((total, info) => total + info.rssBytes, 0);
  return { serverBytes: sum(server), treeBytes: sum(tree), processes: server.length };
}
