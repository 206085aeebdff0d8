/*
 * nginx with the example configuration of docs/nginx/duet.conf, run in the foreground from a
 * folder of its own (pid, logs and temporary files there): for tests/unit/nginx-config.test.ts and
 * `npm run bench:front`. Stopping it ends exactly the process started here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const exampleConfigFile = path.join(import.meta.dirname, '..', '..', 'docs', 'nginx', 'duet.conf');

/** The nginx binary (Debian installs it in /usr/sbin, often not on a user's PATH), or null. */
export function findNginx(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return null;
}

export type NginxSite = { siteDir: string; port: number; appPort: number };

/** The example with its CHANGE lines pointed at `site`; throws when one of them is no longer there. */
export function exampleConfigFor(site: NginxSite): string {
  const replacements: Array<[string, string]> = [
    ['root /srv/duet/data/site;', `root ${site.siteDir};`],
    ['listen 80;', `listen 127.0.0.1:${site.port};`],
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${site.appPort};`],
  ];
  let config = readFileSync(exampleConfigFile, 'utf8');
  for (const [from, to] of replacements) {
    if (!config.includes(from)) throw new Error(`docs/nginx/duet.conf no longer has "${from}", which is replaced to run it`);
    config = config.replace(from, to);
  }
  return config;
}

/** A whole nginx configuration in `folder`, the example inside `http`, one worker (as Node has one thread). */
function mainConfig(folder: string): string {
  return [
    // As root, nginx runs its workers as nobody, who may not read a temporary folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${path.join(folder, 'nginx.pid')};`,
    `error_log ${path.join(folder, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${path.join(folder, name)};`),
    `  include ${path.join(folder, 'duet.conf')};`,
    '}',
  ].join('\n');
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx on `site.port` and waits until it listens; its files go in `folder`. */
export async function startNginx(nginx: string, site: NginxSite, folder: string): Promise<{ stop: () => Promise<void> }> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'duet.conf'), exampleConfigFor(site));
  writeFileSync(path.join(folder, 'nginx.conf'), mainConfig(folder));
  const errorLog = path.join(folder, 'error.log');
  const child = spawn(nginx, ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-e', errorLog], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 200 && child.exitCode === null; attempt++) {
    if (await accepts(site.port)) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  let log = '';
  try {
    log = readFileSync(errorLog, 'utf8');
  } catch {
    // It stopped before writing one.
  }
  throw new Error(`nginx did not start with docs/nginx/duet.conf:\n${log}`);
}
