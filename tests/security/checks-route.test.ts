import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';

/*
 * POST /api/v1/checks runs up to a second of synchronous work on two texts of 50,000 characters. It
 * is limited per user, and the work runs in a worker thread, so a few such requests at once do not
 * stall every other request the server is answering.
 */

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => session.viewer }));

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

/** The longest time the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('POST /api/v1/checks', () => {
  it('answers with the findings', async () => {
    session.viewer = translator;
    const response = await postChecks({ source: 'Call 3 times.', target: '调用两次。' });
    expect(response.status).toBe(200);
    expect((await response.json()).findings).toEqual([expect.objectContaining({ checkId: 'numbers', severity: 'error' })]);
  });

  it('keeps the server responsive while it checks several pairs of 50,000 characters at once', async () => {
    session.viewer = translator;
    // About half a second of checking each, on one thread.
    const openers = '[a]['.repeat(12_500);
    await postChecks({ source: 'warm up', target: '预热' });
    const stall = await longestStall(async () => {
      const responses = await Promise.all(Array.from({ length: 3 }, () => postChecks({ source: openers, target: openers })));
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    });
    expect(stall).toBeLessThan(250);
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
