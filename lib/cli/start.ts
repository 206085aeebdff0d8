import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { readAuthSecret } from '../auth/secret.ts';
import { env } from '../env.ts';
import { siteDirectory } from '../site/config.ts';
import { createFrontServer } from '../site-server/front-server.ts';
import { setup } from './setup.ts';

const root = process.cwd();
const sourceDirs = ['app', 'components', 'lib', 'prisma/generated'];
const sourceFiles = ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package-lock.json'];

function newestMtime(entry: string): number {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

/** A production build is made on first start and again whenever the code is newer than it. */
function buildIsCurrent(): boolean {
  const buildId = path.join(root, process.env.DUET_BUILD_DIR || '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return [...sourceDirs, ...sourceFiles].every((entry) => newestMtime(path.join(root, entry)) <= built);
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** A port of 127.0.0.1 free at this moment, chosen by the system. */
async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the child listens on `port`; false when it exits first. */
async function listening(child: ChildProcess, port: number): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (await accepts(port)) return true;
    await sleep(100);
  }
  return false;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number (1 to 65535), not ${value}`);
  return port;
}

/**
 * `npm start`: set up, build when needed, then serve on PORT (default 3000). Next.js listens on a
 * free port of 127.0.0.1, chosen anew at each start; PORT is the front server's
 * (lib/site-server/front-server.ts), which answers the reading site from its files and passes
 * everything else to Next.js. PORT answers once Next.js does, and the command ends when Next.js does.
 */
export async function start(): Promise<void> {
  // Self-hosted and often offline: Next.js's usage reporting stays off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  const port = parsePort(process.env.PORT ?? '3000');
  await setup();
  // Refuse to serve with a missing or weak key: anyone who knows it can forge any session.
  readAuthSecret(process.env.AUTH_SECRET);
  if (!process.env.DUET_PUBLIC_URL?.trim()) {
    console.warn("DUET_PUBLIC_URL is unset: the feed, sitemap and robots.txt link to each request's host and are not cached, and the public API's links are relative, until it is set (docs/operating.md).");
  }
  if (!buildIsCurrent()) {
    console.log('Building the app (first start or code changed)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const appPort = await freeLoopbackPort();
  // Lets Next.js believe the client address the front server names (lib/server/connection-address.ts).
  const frontSecret = randomBytes(32).toString('base64url');
  const app = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(appPort)], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(appPort), DUET_FRONT_SECRET: frontSecret },
  });
  const appExit = new Promise<number>((resolve) => app.on('exit', (code) => resolve(code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));

  let front: Server | undefined;
  if (await listening(app, appPort)) {
    const siteDir = siteDirectory();
    front = createFrontServer({ siteDir, publicDir: path.join(root, 'public'), upstream: { host: '127.0.0.1', port: appPort }, trustProxy: env.DUET_TRUST_PROXY, frontSecret });
    try {
      await listen(front, port);
    } catch (error) {
      app.kill('SIGTERM');
      await appExit;
      throw new Error(`Cannot serve on port ${port}: ${(error as Error).message}`);
    }
    // Such as running out of file descriptors for a moment: logged, never the end of the server.
    front.on('error', (error) => console.error('The front server:', error));
    console.log(`Duet is serving on port ${port}: the reading site from ${siteDir}, everything else from Next.js on 127.0.0.1:${appPort}.`);
  }
  process.exitCode = await appExit;
  front?.closeAllConnections();
  front?.close();
}

/** Listens on every interface, as `next start` did; rejects when the port is taken. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => (server.off('error', reject), resolve()));
  });
}
