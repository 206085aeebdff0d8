import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';

/*
 * POST /api/v1/checks runs up to a second of synchronous work on two texts of 50,000 characters. It
 * is limited per user, and the work runs in a worker thread, so a few such requests at once do not
 * stall every other request the server is answering.
 */

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => session.viewer }));
// The checks as this (the server's) thread would run them: the worker thread loads its own copy.
const onThisThread = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@/lib/domain/checks/run-checks.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/domain/checks/run-checks.ts')>();
  return { ...original, runChecks: (...args: Parameters<typeof original.runChecks>) => (onThisThread.calls++, original.runChecks(...args)) };
});

const route = await import('@/app/api/v1/checks/route.ts');
const { rateLimits } = await import('@/lib/dal/core/rate-limit.ts');
const { rateLimitDefaults } = await import('@/lib/env.ts');
const { makeUser } = await import('../support/factories.ts');

const configured = { ...rateLimits };
afterEach(() => {
  Object.assign(rateLimits, configured);
});

let translator: Viewer;
beforeAll(async () => {
  translator = { ...(await makeUser('translator')).viewer, via: 'token' } as Viewer;
});

const context = { params: Promise.resolve({}) };

function postChecks(body: unknown) {
  return route.POST(
    new Request('http://duet.test/api/v1/checks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    context,
  );
}

describe('POST /api/v1/checks', () => {
  it('answers with the findings', async () => {
    session.viewer = translator;
    const response = await postChecks({ source: 'Call 3 times.', target: '调用两次。' });
    expect(response.status).toBe(200);
    expect((await response.json()).findings).toEqual([expect.objectContaining({ checkId: 'numbers', severity: 'error' })]);
  });

  it('runs the checks of several pairs of 50,000 characters off the server thread, so they stall no other request', async () => {
    session.viewer = translator;
    const openers = '[a]['.repeat(12_500);
    const responses = await Promise.all(Array.from({ length: 3 }, () => postChecks({ source: openers, target: openers })));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    // Every pair was checked to the end (a target equal to its source is reported untranslated, and
    // nothing else differs), and none of it ran on this thread.
    for (const response of responses) {
      expect((await response.json()).findings.map((finding: { checkId: string }) => finding.checkId)).toEqual(['untranslated']);
    }
    expect(onThisThread.calls).toBe(0);
  }, 60_000);

  it(`allows ${rateLimitDefaults.checksPerMinute} checks a minute per user, then answers 429 without reading the body`, async () => {
    Object.assign(rateLimits, rateLimitDefaults);
    session.viewer = { ...(await makeUser('reviewer')).viewer, via: 'token' } as Viewer;
    const statuses = await Promise.all(
      Array.from({ length: rateLimitDefaults.checksPerMinute }, async () => (await postChecks({ source: 'One.', target: '一。' })).status),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await route.POST(
      new Request('http://duet.test/api/v1/checks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"not json' }),
      context,
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another user has a budget of their own.
    session.viewer = translator;
    expect((await postChecks({ source: 'One.', target: '一。' })).status).toBe(200);
  }, 60_000);
});
