import { afterEach, beforeAll, describe, expect, it } from 'vitest';

/*
 * A translator cannot smuggle workflow or privilege fields into a write. Through the real route
 * handlers, as the assigned translator (who may make each of these calls), a save, submit, comment,
 * resolve or revert request carrying `status`, `version`, `role`, `authorId` (or a `__proto__`
 * object) is answered 400 and leaves every table exactly as it was; the same request without the
 * extra field succeeds, so the 400 is the extra field's doing. (Every schema's strictness is proven
 * by tests/unit/domain/fuzz-schemas.test.ts; this proves the routes use them.)
 */

const { session } = await import('./support/session-mocks.ts');

const { clearFixtures, makeCast, makeFixture, snapshotDatabase } = await import('./support/matrix-fixture.ts');
type Cast = Awaited<ReturnType<typeof makeCast>>;
type Fixture = Awaited<ReturnType<typeof makeFixture>>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const routes = {
  save: { method: 'PUT', folder: 'segments/[id]/translation', module: () => import('@/app/api/v1/segments/[id]/translation/route.ts') },
  submit: { method: 'POST', folder: 'segments/[id]/submit', module: () => import('@/app/api/v1/segments/[id]/submit/route.ts') },
  comment: { method: 'POST', folder: 'segments/[id]/comments', module: () => import('@/app/api/v1/segments/[id]/comments/route.ts') },
  resolve: { method: 'PATCH', folder: 'comments/[id]', module: () => import('@/app/api/v1/comments/[id]/route.ts') },
  revert: { method: 'POST', folder: 'segments/[id]/revert', module: () => import('@/app/api/v1/segments/[id]/revert/route.ts') },
} as const;
type RouteName = keyof typeof routes;

/** What the assigned translator really sends to each route: `id` is the path parameter. */
const requests: Record<RouteName, (fixture: Fixture) => { id: string; body: Record<string, unknown> }> = {
  save: (f) => ({ id: f.segments.wooden, body: { text: '木桥年年要保养。', baseVersion: f.versions.wooden } }),
  submit: (f) => ({ id: f.segments.wooden, body: { version: f.versions.wooden } }),
  comment: (f) => ({ id: f.segments.stone, body: { body: 'Agreed.', parentId: f.commentId } }),
  resolve: (f) => ({ id: f.commentId, body: { resolved: true } }),
  revert: (f) => ({ id: f.segments.wooden, body: { toVersion: 1, version: f.versions.wooden } }),
};

/** Fields a translator must not set, with values that would matter if they were read. */
const smuggled = (cast: Cast): Record<string, unknown> => ({
  status: 'approved',
  version: 999,
  role: 'admin',
  authorId: cast.reviewer!.userId,
  reviewerId: cast.reviewer!.userId,
  approvedAt: '2024-01-01T00:00:00.000Z',
});

let cast: Cast;
beforeAll(async () => {
  cast = await makeCast();
}, 60_000);
afterEach(async () => {
  session.claims = null;
  await clearFixtures(cast);
});

async function call(name: RouteName, id: string, body: string): Promise<{ status: number; text: string }> {
  const route = routes[name];
  const handler = ((await route.module()) as unknown as Record<string, Handler>)[route.method]!;
  const url = new URL(`http://duet.test/api/v1/${route.folder.replace('[id]', id)}`);
  const request = new Request(url, { method: route.method, body, headers: { 'content-type': 'application/json' } });
  session.claims = cast['assigned translator'];
  try {
    const response = await handler(request, { params: Promise.resolve({ id }) });
    return { status: response.status, text: await response.text() };
  } finally {
    session.claims = null;
  }
}

describe.each(Object.keys(routes) as RouteName[])('the %s route with unknown fields', (name) => {
  it('answers 400 and changes no row, then accepts the same request without them', async () => {
    const fixture = await makeFixture(cast, 'default');
    const { id, body } = requests[name](fixture);
    const extras = Object.entries(smuggled(cast)).filter(([key]) => !(key in body));
    const attempts: Array<[label: string, json: string]> = [
      ...extras.map(([key, value]): [string, string] => [key, JSON.stringify({ ...body, [key]: value })]),
      ['all of them', JSON.stringify({ ...body, ...Object.fromEntries(extras) })],
      // JSON.parse makes `__proto__` an own field; it must be refused, not merged into the prototype.
      ['__proto__', JSON.stringify(body).replace(/^\{/, '{"__proto__":{"status":"approved","role":"admin"},')],
      ['constructor', JSON.stringify(body).replace(/^\{/, '{"constructor":{"prototype":{"status":"approved"}},')],
    ];

    const failures: string[] = [];
    const before = await snapshotDatabase();
    for (const [label, json] of attempts) {
      const response = await call(name, id, json);
      if (response.status !== 400) failures.push(`${label}: expected 400, got ${response.status} ${response.text.slice(0, 200)}`);
      else if (!/unrecognized|unknown|not allowed|key/i.test(response.text)) failures.push(`${label}: 400 for another reason: ${response.text.slice(0, 200)}`);
      const after = await snapshotDatabase();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) failures.push(`${label}: changed ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).status, 'the prototype of objects was polluted').toBeUndefined();

    const control = await call(name, id, JSON.stringify(body));
    expect(control.status, control.text).toBeLessThan(300);
    expect(await snapshotDatabase()).not.toEqual(before);
  });
});
