import Database from 'better-sqlite3';
import pg from 'pg';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn } from 'node:child_process';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * Article pages are files of the reading site (lib/site), written when an article is published and by
 * every sync and rebuild. A build that read an article just before it was unpublished must not write
 * its page back afterwards. Here a rebuild in another process (`duet site rebuild`) and requests are
 * in flight at the moment of each unpublish; afterwards the page must be refused within a second,
 * and never served again until it is published again.
 */

const slug = 'unpublish-race';
const page = `/articles/${slug}`;
// Formulas make the render long enough for an unpublish to land inside it.
const formulas = Array.from({ length: 40 }, (_, index) => `$\\sum_{k=1}^{${index + 2}} k^2 = \\frac{n(n+1)(2n+1)}{6}$`).join(' ');
const english = `# Withdrawn Lanterns\n\nThe lanterns were counted twice: ${formulas}\n\nThen the festival was called off.\n`;
const chinese = `# 撤下的灯笼\n\n灯笼清点了两遍：${formulas}\n\n后来节日取消了。\n`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function staffHeaders(label: string): Record<string, string> {
  const email = uniqueEmail(label);
  duet('user', 'create', '--email', email, '--name', `Staff ${label}`, '--role', 'admin', '--password', `${label} password 123`);
  return { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
}

let importer: Record<string, string>;
let approver: Record<string, string>;

async function publish(request: APIRequestContext): Promise<void> {
  const published = await request.post(`/api/v1/articles/${slug}/publish`, { headers: approver });
  expect(published.status(), await published.text()).toBe(201);
}

/** Requests the page every 25 ms for two seconds; each answer's status and when it came, in ms after `since`. */
async function watch(request: APIRequestContext, since: number): Promise<Array<{ at: number; status: number }>> {
  const seen: Array<{ at: number; status: number }> = [];
  while (Date.now() - since < 2000) {
    const response = await request.get(page);
    seen.push({ at: Date.now() - since, status: response.status() });
    await sleep(25);
  }
  return seen;
}

/** Refused within `withinMs` of the change, and never served after the first refusal. */
function expectWithdrawn(seen: Array<{ at: number; status: number }>, withinMs = 1000): void {
  const firstRefusal = seen.findIndex((answer) => answer.status === 404);
  const log = JSON.stringify(seen);
  expect(firstRefusal, log).toBeGreaterThanOrEqual(0);
  expect(seen[firstRefusal]!.at, log).toBeLessThan(withinMs);
  expect(seen.slice(firstRefusal).map((answer) => answer.status), log).not.toContain(200);
}

/** What another instance on the same database does when it unpublishes: this server's page cache is not told. */
async function unpublishElsewhere(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL!;
  if (url.startsWith('file:')) {
    const database = new Database(url.slice('file:'.length));
    database.prepare(`UPDATE "Article" SET status = 'unpublished' WHERE slug = ?`).run(slug);
    database.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE "Article" SET status = 'unpublished' WHERE slug = $1`, [slug]);
  await client.end();
}

let prepared = false;

/** The article with every segment approved (once per worker: a worker that starts again after a failure finds it made). */
async function prepare(request: APIRequestContext): Promise<void> {
  if (prepared) return;
  prepared = true;
  importer = staffHeaders('race-importer');
  approver = staffHeaders('race-approver');
  const created = await request.post('/api/v1/articles', { headers: importer, data: { markdown: english, translation: chinese, slug } });
  expect([201, 409], await created.text()).toContain(created.status());
  const { segments } = await (await request.get(`/api/v1/articles/${slug}`, { headers: importer })).json();
  for (const segment of segments as Array<{ id: string; translatable: boolean; translation: { version: number; status: string } | null }>) {
    if (!segment.translatable || !segment.translation || segment.translation.status === 'approved') continue;
    const submitted = await request.post(`/api/v1/segments/${segment.id}/submit`, { headers: importer, data: { version: segment.translation.version } });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const approved = await request.post(`/api/v1/segments/${segment.id}/approve`, { headers: approver, data: { version: (await submitted.json()).version } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
}

/** `duet site rebuild` in its own process, on the test server's database and site directory; resolves when it ends. */
function rebuildInAnotherProcess(): Promise<number | null> {
  const child = spawn('npm', ['run', '-s', 'duet', '--', 'site', 'rebuild'], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, DUET_SITE_DIR: process.env.E2E_SITE_DIR },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

test('a rebuild and requests in flight during an unpublish do not bring the article back', async ({ request }) => {
  test.setTimeout(120_000);
  await prepare(request);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await publish(request);
    const rebuild = rebuildInAnotherProcess();
    const reads = [0, 10, 20].map((delay) => sleep(delay).then(() => request.get(page)));
    // The rebuild's process takes a moment to start; the unpublish lands at different points of it.
    await sleep(600 + attempt * 400);
    const unpublished = await request.post(`/api/v1/articles/${slug}/unpublish`, { headers: approver });
    expect(unpublished.status(), await unpublished.text()).toBe(200);
    const seen = await watch(request, Date.now());
    expect(await rebuild).toBe(0);
    await Promise.all(reads);
    expectWithdrawn(seen);
    expect((await request.get(page)).status(), 'after the rebuild ended').toBe(404);
  }

  // The refusal is the site's 404 page, kept by no cache.
  const refused = await request.get(`${page}?mode=zh`);
  const unknown = await request.get('/no-such-page');
  expect(refused.status()).toBe(404);
  expect(refused.headers()['cache-control']).toBe('no-store');
  expect(/<title>[^<]*/.exec(await refused.text())?.[0]).toBe(/<title>[^<]*/.exec(await unknown.text())?.[0]);

  await publish(request);
  const servedAgain = await request.get(page);
  expect(servedAgain.status()).toBe(200);
  expect(await servedAgain.text()).toContain('撤下的灯笼');
});

test('an unpublish by another instance on the same database is followed within a second, though this server was not told', async ({ request }) => {
  await prepare(request);
  await publish(request);
  for (let cached = 0; cached < 2; cached += 1) expect((await request.get(page)).status()).toBe(200);
  await unpublishElsewhere();
  // Each instance compares its site directory with the database every second.
  expectWithdrawn(await watch(request, Date.now()), 1500);
});
