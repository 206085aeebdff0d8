import { beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * A route only reviewers or admins may use refuses anyone else before it reads the request body:
 * otherwise a translator makes the server read and validate megabytes (an import, a glossary file)
 * only to be told "not found". Every such route of the request catalog is called by the roles it
 * refuses, with a body that records whether anything pulled from it.
 */

const { session } = await import('./support/session-mocks.ts');
vi.mock('@/lib/auth/config.ts', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: async () => null, handlers: { GET: vi.fn(), POST: vi.fn() } }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));

const { allowed, buildRequest, loadRouteHandlers, routeRows } = await import('./support/request-catalog.ts');
const { makeUser } = await import('../support/factories.ts');
type RoleName = import('./support/matrix-fixture.ts').RoleName;

const routeHandlers = await loadRouteHandlers();
const callers = new Map<RoleName, { userId: string; sessionVersion: number }>();
beforeAll(async () => {
  callers.set('unassigned translator', { userId: (await makeUser('translator')).user.id, sessionVersion: 0 });
  callers.set('reviewer', { userId: (await makeUser('reviewer')).user.id, sessionVersion: 0 });
});

/** A 10 MB body that notes whether it was read (with no buffer, nothing is pulled until someone reads). */
function watchedBody() {
  const watch = { read: false };
  const source: UnderlyingDefaultSource<Uint8Array> = {
    pull(controller) {
      watch.read = true;
      controller.enqueue(new TextEncoder().encode(JSON.stringify({ markdown: 'x'.repeat(10_000_000) })));
      controller.close();
    },
  };
  return { stream: new ReadableStream(source, { highWaterMark: 0 }), watch };
}

const roleRoutes = Object.entries(routeRows).filter(
  ([key, row]) => !('skip' in row) && !key.endsWith(' GET') && (row.who === 'staff' || row.who === 'admin'),
);

describe('routes for reviewers and admins', () => {
  it('are the ones this suite calls', () => {
    expect(roleRoutes.map(([key]) => key)).toEqual(expect.arrayContaining(['v1/articles POST', 'v1/glossary POST', 'v1/memory POST', 'v1/settings PATCH']));
  });

  it.each(roleRoutes)('%s answers 404 to a caller without the permission, without reading the body', async (key, row) => {
    const who = (row as { who: Parameters<typeof allowed>[0] }).who;
    const refused = [...callers.keys()].filter((role) => !allowed(who, role, 'default'));
    expect(refused.length).toBeGreaterThan(0);
    for (const role of refused) {
      session.claims = callers.get(role)!;
      const { stream, watch } = watchedBody();
      const params = { slug: 'some-article', id: 'some-segment', number: '1' };
      const url = buildRequest(key, { params }).url;
      const request = new Request(url, { method: key.split(' ')[1], body: stream, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit);
      const response = await routeHandlers.get(key)!(request, { params: Promise.resolve(params) });
      expect(response.status, `${key} as ${role}`).toBe(404);
      expect(watch.read, `${key} as ${role} read the body`).toBe(false);
    }
  });
});
