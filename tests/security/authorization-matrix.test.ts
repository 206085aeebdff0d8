import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * Who may call what: every /api/v1 route and every Server Action × every kind of caller (anonymous,
 * a disabled account's old session, a translator not assigned to the article, the assigned
 * translator, a reviewer, an admin) × the states that change the answer. An allowed call must
 * succeed; a refused one must answer "unauthenticated" or "not found" and leave every table exactly
 * as it was. Routes and actions are found on disk, so a new one without rows here fails the suite.
 * (Review and publish decisions per translation status are proven in tests/unit/dal/review-matrix.)
 */

const { session } = await import('./support/session-mocks.ts');
// Sign-in itself (password, throttling) is proven in tests/unit/dal/sessions.test.ts and e2e.
vi.mock('@/lib/auth/config.ts', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: async () => null, handlers: { GET: vi.fn(), POST: vi.fn() } }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));

const { clearFixtures, makeCast, makeFixture, roleNames, setEditAnyArticle, snapshotDatabase, databaseModels } = await import('./support/matrix-fixture.ts');
type RoleName = (typeof roleNames)[number];
type Fixture = Awaited<ReturnType<typeof makeFixture>>;
type Variant = Parameters<typeof makeFixture>[1];
const { Prisma } = await import('@/prisma/generated/sqlite/client.ts');

const { actionRows, allowed, buildRequest, changedTables, loadActions, loadRouteHandlers, redirectResult, routeRows } = await import('./support/request-catalog.ts');
type Who = import('./support/request-catalog.ts').Who;
type State = import('./support/request-catalog.ts').State;
const routeHandlers = await loadRouteHandlers();
const actions = await loadActions();

let cast: Awaited<ReturnType<typeof makeCast>>;
beforeAll(async () => {
  cast = await makeCast();
}, 60_000);
afterEach(() => clearFixtures(cast));

describe('the matrix covers everything there is', () => {
  it('has rows for every route handler and Server Action on disk, and none for ones that are gone', () => {
    expect(routeHandlers.size).toBeGreaterThan(30);
    expect([...routeHandlers.keys()].filter((key) => !(key in routeRows)), 'routes without rows').toEqual([]);
    expect(Object.keys(routeRows).filter((key) => !routeHandlers.has(key)), 'rows for missing routes').toEqual([]);
    expect([...actions.keys()].filter((key) => !(key in actionRows)), 'actions without rows').toEqual([]);
    expect(Object.keys(actionRows).filter((key) => !actions.has(key)), 'rows for missing actions').toEqual([]);
  });

  it('compares every table of the database', () => {
    const models = Object.keys(Prisma.ModelName).map((name) => name[0]!.toLowerCase() + name.slice(1));
    expect([...databaseModels].sort()).toEqual(models.sort());
  });
});

const statesFor = (who: Who): State[] => (who === 'editors' ? ['default', 'editAnyArticle'] : ['default']);

/** One fixture per (row, state) for every refusal (they must change nothing), a fresh one per success. */
async function fixtureFor(variant: Variant, state: State): Promise<Fixture> {
  await setEditAnyArticle(state === 'editAnyArticle');
  return makeFixture(cast, variant);
}

function as(role: RoleName): void {
  session.claims = cast[role];
}

describe.each(Object.entries(routeRows))('route %s', (key, row) => {
  if ('skip' in row) {
    it.skip(`covered elsewhere: ${row.skip}`, () => {});
    return;
  }
  for (const state of statesFor(row.who)) {
    it(`allows exactly ${row.who} (${state})`, async () => {
      const handler = routeHandlers.get(key)!;
      const shared = await fixtureFor(row.variant ?? 'default', state);
      const failures: string[] = [];
      let before = await snapshotDatabase();
      for (const role of roleNames) {
        const fresh = allowed(row.who, role, state);
        const fixture = fresh ? await fixtureFor(row.variant ?? 'default', state) : shared;
        if (fresh) before = await snapshotDatabase();
        const params = row.call(fixture).params ?? {};
        as(role);
        const response = await handler(buildRequest(key, row.call(fixture)), { params: Promise.resolve(params) });
        const text = await response.text();
        const after = await snapshotDatabase();
        const previous = before;
        before = after;
        const outcome = `${role}: ${response.status} ${text.slice(0, 160)}`;
        if (allowed(row.who, role, state)) {
          if (response.status >= 300) failures.push(`expected success, got ${outcome}`);
        } else if (row.scopedMarker && response.status === 200) {
          if (text.includes(row.scopedMarker(fixture))) failures.push(`leaked the fixture to ${outcome}`);
          if (JSON.stringify(after) !== JSON.stringify(previous)) failures.push(`${role}: changed the database`);
        } else {
          const expected = session.claims && (await callerExists()) ? [404] : [401, 404];
          if (!expected.includes(response.status) && !(row.who === 'mine' && response.status === 200)) failures.push(`expected refusal, got ${outcome}`);
          if (JSON.stringify(after) !== JSON.stringify(previous)) failures.push(`${role} (${response.status}): changed ${changedTables(previous, after)}`);
        }
      }
      session.claims = null;
      expect(failures).toEqual([]);
    });
  }
});

describe.each(Object.entries(actionRows))('action %s', (key, row) => {
  for (const state of statesFor(row.who)) {
    it(`allows exactly ${row.who} (${state})`, async () => {
      const action = actions.get(key)!;
      const shared = await fixtureFor(row.variant ?? 'default', state);
      const failures: string[] = [];
      let before = await snapshotDatabase();
      for (const role of roleNames) {
        const fresh = allowed(row.who, role, state);
        const fixture = fresh ? await fixtureFor(row.variant ?? 'default', state) : shared;
        if (fresh) before = await snapshotDatabase();
        as(role);
        const result = await action(row.input(fixture)).catch((error: unknown) => redirectResult(error));
        const after = await snapshotDatabase();
        const previous = before;
        before = after;
        const outcome = `${role}: ${JSON.stringify(result).slice(0, 200)}`;
        if (allowed(row.who, role, state)) {
          if (!result.ok) failures.push(`expected success, got ${outcome}`);
        } else if (row.who === 'mine' && result.ok) {
          if (JSON.stringify(after) !== JSON.stringify(previous)) failures.push(`${role}: changed ${changedTables(previous, after)}`);
        } else {
          if (result.ok || !['unauthenticated', 'not_found'].includes(result.code ?? '')) failures.push(`expected refusal, got ${outcome}`);
          if (JSON.stringify(after) !== JSON.stringify(previous)) failures.push(`${role}: changed ${changedTables(previous, after)}`);
        }
      }
      session.claims = null;
      expect(failures).toEqual([]);
    });
  }
});

/** Whether the current claims resolve to a user (a disabled account's do not: it gets 401). */
async function callerExists(): Promise<boolean> {
  const { getViewer } = await import('@/lib/auth/viewer.ts');
  return (await getViewer()) !== null;
}
