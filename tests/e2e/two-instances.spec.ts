import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * Two instances of Duet on one database, each serving its own site directory (as two machines would
 * behind a load balancer, on PostgreSQL): a publish or an unpublish on either is served by the other
 * within 5 seconds. The second instance is the test server's build started again on another port
 * (`next start`, whose own route serves the site's files), so it never builds while the first serves.
 */

const slug = 'two-instances';
const otherPort = Number(process.env.E2E_PORT ?? 3100) + 7;
const other = `http://127.0.0.1:${otherPort}`;
let second: ChildProcess | undefined;
let secondSite = '';
let staff: Record<string, string>;

function staffHeaders(label: string): Record<string, string> {
  const email = uniqueEmail(label);
  duet('user', 'create', '--email', email, '--name', `Staff ${label}`, '--role', 'admin', '--password', `${label} password 123`);
  return { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForStatus(request: APIRequestContext, url: string, status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await request.get(url, { failOnStatusCode: false }).catch(() => null))?.status() === status) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${url} did not answer ${status} within ${withinMs} ms`);
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  secondSite = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-second-site-'));
  second = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(otherPort)], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      DUET_SITE_DIR: secondSite,
      AUTH_SECRET: 'e2e-only-secret-that-is-long-enough-0123456789',
    },
  });
  await waitForStatus(request, `${other}/`, 200, 60_000);
  const importer = staffHeaders('two-importer');
  staff = staffHeaders('two-approver');
  const created = await request.post('/api/v1/articles', {
    headers: importer,
    data: { markdown: '# Two Harbours\n\nBoth lighthouses answer.\n', translation: '# 两座港口\n\n两座灯塔都回应了。\n', slug },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { segments } = await (await request.get(`/api/v1/articles/${slug}`, { headers: staff })).json();
  for (const segment of segments as Array<{ id: string; translatable: boolean; translation: { version: number } | null }>) {
    if (!segment.translatable || !segment.translation) continue;
    const submitted = await request.post(`/api/v1/segments/${segment.id}/submit`, { headers: importer, data: { version: segment.translation.version } });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const approved = await request.post(`/api/v1/segments/${segment.id}/approve`, { headers: staff, data: { version: (await submitted.json()).version } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
});

test.afterAll(() => {
  try {
    if (second?.pid) process.kill(-second.pid, 'SIGTERM');
  } catch {
    // It has ended already.
  }
  rmSync(secondSite, { recursive: true, force: true });
});

test('a publish and an unpublish on one instance are served by the other within 5 seconds', async ({ request }) => {
  const page = `/articles/${slug}`;
  expect((await request.get(`${other}${page}`)).status()).toBe(404);

  const published = await request.post(`/api/v1/articles/${slug}/publish`, { headers: staff });
  expect(published.status(), await published.text()).toBe(201);
  // This instance wrote its files before answering; the other follows the database.
  expect((await request.get(page)).status()).toBe(200);
  const followedPublish = await waitForStatus(request, `${other}${page}`, 200, 5000);
  expect(await (await request.get(`${other}${page}`)).text()).toContain('两座灯塔都回应了。');
  await expect.poll(async () => (await request.get(`${other}/`)).text(), { timeout: Math.max(500, 5000 - followedPublish) }).toContain(`href="${page}"`);

  const unpublished = await request.post(`${other}/api/v1/articles/${slug}/unpublish`, { headers: staff });
  expect(unpublished.status(), await unpublished.text()).toBe(200);
  expect((await request.get(`${other}${page}`)).status()).toBe(404);
  const followedUnpublish = await waitForStatus(request, page, 404, 5000);
  // The listings follow the page (it goes first), within the same 5 seconds.
  await expect.poll(async () => (await request.get('/')).text(), { timeout: Math.max(500, 5000 - followedUnpublish) }).not.toContain(`href="${page}"`);
  test.info().annotations.push({ type: 'followed', description: `publish in ${followedPublish} ms, unpublish in ${followedUnpublish} ms` });
});
