/*
 * `npm run bench:crash`: the long crash test (issue 8, item 5). Builds the app once, then N times
 * (CRASH_RUNS, default 100): starts `next start` in its own process group on one SQLite file that
 * persists across runs, lets several API clients save translations concurrently, SIGKILLs the whole
 * server group 50–800 ms into the writes, then opens the file directly and checks
 * `PRAGMA integrity_check` and that every save answered 200 is there at the version it was given.
 * Exits non-zero on any loss or damage.
 *
 * CRASH_MODE=dal skips the web server and kills a writer process saving through lib/dal instead
 * (what tests/security/crash.test.ts runs 5 times). CRASH_PORT (3790), DUET_BUILD_DIR (.next-crash),
 * CRASH_WRITERS (6).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crashDalWriter, killGroup, randomBetween, unlimitedSaves, verifyDatabase, type Ack } from './lib/crash.ts';

const root = process.cwd();
const runs = Number(process.env.CRASH_RUNS ?? 100);
const mode = process.env.CRASH_MODE === 'dal' ? 'dal' : 'server';
const port = Number(process.env.CRASH_PORT ?? 3790);
const buildDir = process.env.DUET_BUILD_DIR || '.next-crash';
const writers = Number(process.env.CRASH_WRITERS ?? 6);
const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-crash-'));
const databaseFile = path.join(dir, 'duet.db');
const authSecret = 'crash-bench-only-secret-that-is-long-enough-0123456789';
const baseEnv = { ...process.env, ...unlimitedSaves, DATABASE_URL: `file:${databaseFile}`, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: '1', DUET_BUILD_DIR: buildDir };
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function duet(...args: string[]): string {
  return execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'lib/cli/main.ts', ...args], { env: baseEnv, encoding: 'utf8' }).trim();
}

function newestMtime(entry: string): number {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

/** Builds into DUET_BUILD_DIR unless a build there is newer than the code (as `duet start` decides). */
function buildOnce(): void {
  const buildId = path.join(root, buildDir, 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'prisma/generated', 'next.config.ts', 'package-lock.json'];
  if (existsSync(buildId) && sources.every((entry) => newestMtime(path.join(root, entry)) <= statSync(buildId).mtimeMs)) return;
  console.log(`Building into ${buildDir}…`);
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: baseEnv });
  if (build.status !== 0) throw new Error('next build failed');
}

type Fixture = { slug: string; tokens: string[]; segmentIds: string[] };

/** Migrates and seeds the file, imports an article to write to, and gives each writer its own user and token. */
function prepare(): Fixture {
  duet('setup');
  const markdownFile = path.join(dir, 'crash.en.md');
  const markdown = ['# Crash bench', '', ...Array.from({ length: 8 }, (_, index) => `Paragraph ${index + 1} to translate.\n`)].join('\n');
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', markdownFile], { input: markdown });
  const { slug } = JSON.parse(duet('import', markdownFile, '--slug', 'crash-bench')) as { slug: string };
  const tokens = Array.from({ length: writers }, (_, index) => {
    const email = `crash-writer-${index}@example.test`;
    duet('user', 'create', '--email', email, '--name', `Crash writer ${index}`, '--role', 'reviewer', '--password', 'crash-writer-password');
    return duet('token', 'create', '--email', email, '--label', 'crash bench');
  });
  return { slug, tokens, segmentIds: [] };
}

async function startServer(): Promise<{ pid: number; exited: Promise<void>; log: () => string }> {
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: baseEnv });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { pid: child.pid!, exited, log: () => output };
}

type Segment = { id: string; translatable: boolean; translation: { version: number } | null };

async function api(pathname: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}${pathname}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
}

async function waitForArticle(fixture: Fixture, server: { pid: number; log: () => string }): Promise<Segment[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await api(`/api/v1/articles/${fixture.slug}`, fixture.tokens[0]!);
      if (response.ok) {
        const body = (await response.json()) as { segments?: Segment[]; article?: { segments: Segment[] } };
        return (body.segments ?? body.article?.segments ?? []).filter((segment) => segment.translatable && segment.translation);
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${server.log()}`);
    await sleep(50);
  }
}

/** One writer: saves flat out on one segment until the server dies; returns what was answered 200. */
async function writer(token: string, segment: Segment, index: number, run: number, dead: () => boolean): Promise<{ acks: Ack[]; conflicts: number }> {
  const acks: Ack[] = [];
  let conflicts = 0;
  let version = segment.translation!.version;
  for (let n = 0; !dead(); n++) {
    const text = `run ${run} writer ${index} save ${n}: 译文 ${crypto.randomUUID()}`;
    let response: Response;
    let body: { version?: number; text?: string; error?: { current?: { version: number } } };
    try {
      response = await api(`/api/v1/segments/${segment.id}/translation`, token, { method: 'PUT', body: JSON.stringify({ text, baseVersion: version }) });
      body = (await response.json()) as typeof body;
    } catch {
      return { acks, conflicts }; // The server is gone: a save without an answer was never acknowledged.
    }
    if (response.status === 200) {
      acks.push({ segmentId: segment.id, version: body.version!, text: body.text! });
      version = body.version!;
    } else if (response.status === 409 && body.error?.current) {
      conflicts++;
      version = body.error.current.version;
    } else if (response.status === 429) {
      await sleep(1000 * Number(response.headers.get('retry-after') ?? 1));
    } else {
      throw new Error(`Unexpected ${response.status} from the save API: ${JSON.stringify(body)}`);
    }
  }
  return { acks, conflicts };
}

async function serverRun(fixture: Fixture, run: number): Promise<{ acks: Ack[]; conflicts: number; killAfterMs: number }> {
  const server = await startServer();
  const onExit = () => killGroup(server.pid, 'SIGKILL');
  process.once('exit', onExit);
  try {
    const segments = await waitForArticle(fixture, server);
    if (segments.length < 3) throw new Error(`Expected the crash article's segments, got ${segments.length}`);
    // Two writers per segment, so some saves lose a race (409) while others win.
    const targets = segments.slice(0, Math.ceil(writers / 2));
    // Warm up: load the save route (a refused, empty body) so the writes start at once.
    await Promise.all(fixture.tokens.map((token) => api(`/api/v1/segments/${targets[0]!.id}/translation`, token, { method: 'PUT', body: '{}' }).then((response) => response.arrayBuffer())));
    let dead = false;
    const killAfterMs = randomBetween(50, 800);
    const work = fixture.tokens.map((token, index) => writer(token, targets[index % targets.length]!, index, run, () => dead));
    await sleep(killAfterMs);
    killGroup(server.pid, 'SIGKILL');
    await server.exited;
    dead = true;
    const results = await Promise.all(work);
    return { acks: results.flatMap((result) => result.acks), conflicts: results.reduce((sum, result) => sum + result.conflicts, 0), killAfterMs };
  } finally {
    killGroup(server.pid, 'SIGKILL');
    process.removeListener('exit', onExit);
  }
}

async function main(): Promise<void> {
  const fixture = prepare();
  if (mode === 'server') buildOnce();
  else {
    const db = await import('better-sqlite3');
    const database = new db.default(databaseFile, { readonly: true });
    const rows = database
      .prepare("SELECT s.id FROM Segment s JOIN Article a ON a.id = s.articleId JOIN Translation t ON t.segmentId = s.id WHERE a.slug = ? AND s.translatable = 1 ORDER BY s.position LIMIT 3")
      .all(fixture.slug) as { id: string }[];
    database.close();
    fixture.segmentIds = rows.map((row) => row.id);
  }
  console.log(`Crash test (${mode}): ${runs} runs on ${databaseFile}`);
  const acknowledged: Ack[] = [];
  let integrityOk = 0;
  let conflicts = 0;
  let lost = 0;
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    let acks: Ack[];
    let killAfterMs = randomBetween(50, 800);
    if (mode === 'server') {
      const result = await serverRun(fixture, run);
      ({ acks, killAfterMs } = result);
      conflicts += result.conflicts;
    } else {
      ({ acks } = await crashDalWriter({ databaseFile, token: fixture.tokens[0]!, segmentIds: fixture.segmentIds, loops: writers, tag: `run ${run}`, killAfterMs }));
    }
    acknowledged.push(...acks);
    const { integrity, missing } = verifyDatabase(databaseFile, acknowledged);
    if (integrity === 'ok') integrityOk++;
    lost = missing.length;
    console.log(`run ${String(run + 1).padStart(3)}: killed at ${String(killAfterMs).padStart(3)} ms, ${String(acks.length).padStart(4)} acknowledged, integrity ${integrity}, lost so far ${lost}`);
    if (integrity !== 'ok' || missing.length > 0) {
      console.error('Lost acknowledged saves:', missing.slice(0, 10));
      break;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `\nSummary (${mode}): runs ${runs}, acknowledged saves ${acknowledged.length}${mode === 'server' ? `, conflicts (409) ${conflicts}` : ''}, lost ${lost}, integrity ok ${integrityOk}/${runs}, ${seconds} s`,
  );
  if (lost > 0 || integrityOk < runs) process.exit(1);
}

await main();
