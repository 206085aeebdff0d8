import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readAuthSecret } from '../auth/secret.ts';
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

/** `npm start`: set up, build when needed, then serve on PORT (default 3000). */
export async function start(): Promise<void> {
  // Self-hosted and often offline: Next.js's usage reporting stays off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
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
  const port = process.env.PORT ?? '3000';
  const server = spawn(process.execPath, [nextBin, 'start', '--port', port], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  await new Promise<void>((resolve) => server.on('exit', (code) => ((process.exitCode = code ?? 0), resolve())));
}
