import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * Malformed requests to every /api/v1 route and every Server Action, made by fast-check from the
 * valid request of the authorization matrix: a field replaced by a hostile value (wrong type, huge,
 * control characters, prototype keys, SQL and path fragments), a field dropped, a field added, the
 * whole body replaced by any JSON or by text that is not JSON, a path parameter or query value
 * replaced. Each is sent by the most privileged caller the route allows, so it reaches the deepest
 * code. Every answer must be a clean success or a 4xx in the API's error shape, never a 500 or a
 * thrown error, and a refused request must leave every table exactly as it was (no partial write).
 * (tests/unit/domain/fuzz-schemas.test.ts fuzzes the schemas themselves.)
 */

const { session } = await import('./support/session-mocks.ts');
vi.mock('@/lib/auth/config.ts', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: async () => null, handlers: { GET: vi.fn(), POST: vi.fn() } }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));

const { clearFixtures, makeCast, makeFixture, snapshotDatabase } = await import('./support/matrix-fixture.ts');
const { db } = await import('@/lib/dal/core/db.ts');
const { actionRows, buildRequest, changedTables, loadActions, loadRouteHandlers, redirectResult, routeRows } = await import('./support/request-catalog.ts');
type RouteCall = import('./support/request-catalog.ts').RouteCall;
type Who = import('./support/request-catalog.ts').Who;
type Cast = Awaited<ReturnType<typeof makeCast>>;

/** `FUZZ_RUNS=200 npx vitest run tests/security/fuzz-requests.test.ts` searches longer. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

const routeHandlers = await loadRouteHandlers();
const actions = await loadActions();

const hostileString = fc.oneof(
  fc.constantFrom(
    '', ' ', '0', '-1', 'null', 'undefined', 'NaN', '__proto__', 'constructor', '../../../etc/passwd', '%2e%2e%2f', '\u0000', '\ud800',
    "' OR 1=1 --", '"; DROP TABLE "User"; --', '<script>alert(1)</script>', 'javascript:alert(1)', '{"a":', '[]', 'x'.repeat(70_000), '9'.repeat(400),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ __proto__: { role: 'admin' } }),
  fc.array(hostileString, { maxLength: 3 }),
);

type Mutation =
  | { kind: 'field'; pick: number; value: unknown }
  | { kind: 'drop'; pick: number }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'body'; value: unknown }
  | { kind: 'text'; text: string; type: string }
  | { kind: 'param'; pick: number; value: string }
  | { kind: 'query'; key: string; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('field' as const), pick: fc.nat(), value: hostileValue }) },
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), key: fc.oneof(fc.constantFrom('status', 'role', 'version', 'id', 'authorId', '__proto__', 'constructor'), fc.string({ maxLength: 12 })), value: hostileValue }),
  fc.record({ kind: fc.constant('body' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(hostileValue, { maxLength: 4 })) }),
  fc.record({
    kind: fc.constant('text' as const),
    text: fc.oneof(hostileString, fc.constantFrom('{', '{"text":', '<?xml version="1.0"?><tmx', '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')),
    type: fc.constantFrom('application/json', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''),
  }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('param' as const), pick: fc.nat(), value: hostileString }) },
  fc.record({ kind: fc.constant('query' as const), key: fc.constantFrom('q', 'format', 'cursor', 'limit', 'page', 'status', 'since'), value: hostileString }),
);

/** The field `pick` names among the object's keys, or null when it has none. */
function keyOf(value: unknown, pick: number): string | null {
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  return keys.length ? keys[pick % keys.length]! : null;
}

function mutateObject(value: unknown, change: Mutation): unknown {
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  if (change.kind === 'field') {
    const key = keyOf(object, change.pick);
    if (key) object[key] = change.value;
    else return change.value;
  } else if (change.kind === 'drop') {
    const key = keyOf(object, change.pick);
    if (key) delete object[key];
  } else if (change.kind === 'add') {
    Object.defineProperty(object, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
  } else if (change.kind === 'body') {
    return change.value;
  }
  return object;
}

function mutateCall(call: RouteCall, change: Mutation, method: string): RouteCall {
  if (method === 'GET' && !['param', 'query'].includes(change.kind)) {
    // A GET has no body: the change goes into the query instead.
    return { ...call, query: { ...call.query, [change.kind]: JSON.stringify(mutateObject(call.query, change)) ?? '' } };
  }
  switch (change.kind) {
    case 'text':
      return { ...call, json: undefined, body: change.text, type: change.type || undefined };
    case 'param': {
      const key = keyOf(call.params ?? {}, change.pick);
      return key ? { ...call, params: { ...call.params, [key]: change.value } } : { ...call, query: { ...call.query, q: change.value } };
    }
    case 'query':
      return { ...call, query: { ...call.query, [change.key]: change.value } };
    default:
      return call.json !== undefined || call.body === undefined ? { ...call, json: mutateObject(call.json, change) } : { ...call, body: `${call.body}${String(mutateObject({}, change))}` };
  }
}

/** The most privileged caller a row allows: it gets furthest into the code. */
function callerFor(who: Who, cast: Cast) {
  return who === 'mine' ? cast['assigned translator'] : cast.admin;
}

let cast: Cast;
beforeAll(async () => {
  cast = await makeCast();
}, 60_000);
afterEach(() => clearFixtures(cast));

/** Runs `probe` on RUNS generated changes as the row's caller; every failure it records fails the test. */
async function fuzz<T>(who: Who, changes: fc.Arbitrary<T>, probe: (change: T, failures: string[]) => Promise<void>): Promise<void> {
  session.claims = callerFor(who, cast);
  const failures: string[] = [];
  // fc.check rather than fc.assert: the failures found while shrinking are all reported.
  const outcome = await fc.check(
    fc.asyncProperty(changes, async (change) => {
      await probe(change, failures);
      return failures.length === 0;
    }),
    { numRuns: RUNS },
  );
  session.claims = null;
  expect(failures).toEqual([]);
  expect(outcome.errorInstance ?? null).toBeNull();
}

describe.each(Object.entries(routeRows).filter(([, row]) => !('skip' in row)))('route %s', (key, row) => {
  if ('skip' in row) return;
  it('answers every malformed request with a clean 2xx or 4xx, and a 4xx changes nothing', async () => {
    const handler = routeHandlers.get(key)!;
    const fixture = await makeFixture(cast, row.variant ?? 'default');
    await fuzz(row.who, mutation, async (change, failures) => {
      const call = mutateCall(row.call(fixture), change, key.split(' ')[1]!);
      const before = await snapshotWithAudit();
      const response = await handler(buildRequest(key, call), { params: Promise.resolve(call.params ?? {}) });
      const text = await response.text();
      const what = `${JSON.stringify(change).slice(0, 200)} → ${response.status} ${text.slice(0, 200)}`;
      if (response.status >= 500 || (response.status >= 300 && response.status < 400)) failures.push(what);
      if (response.status >= 400) {
        const body = parseJson(text) as { error?: { code?: unknown; message?: unknown } } | null;
        if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string') failures.push(`not the error shape: ${what}`);
        const written = await unexpectedChange(before);
        if (written) failures.push(`${written}: ${what}`);
      }
    });
  }, 120_000);
});

describe.each(Object.entries(actionRows))('action %s', (key, row) => {
  it('answers every malformed input with a result, never an error, and a refusal changes nothing', async () => {
    const action = actions.get(key)!;
    const fixture = await makeFixture(cast, row.variant ?? 'default');
    const inputMutation = mutation.filter((change) => change.kind !== 'text' && change.kind !== 'param' && change.kind !== 'query');
    await fuzz(row.who, inputMutation, async (change, failures) => {
      const input = mutateObject(row.input(fixture), change);
      const before = await snapshotWithAudit();
      const what = JSON.stringify(change).slice(0, 200);
      let result: { ok: boolean; code?: string };
      try {
        result = await action(input).catch(redirectResult);
      } catch (error) {
        failures.push(`threw ${String(error).slice(0, 200)}: ${what}`);
        return;
      }
      if (typeof result?.ok !== 'boolean') failures.push(`answered ${JSON.stringify(result).slice(0, 200)}: ${what}`);
      else if (!result.ok) {
        if (result.code === 'internal') failures.push(`internal error: ${what}`);
        const written = await unexpectedChange(before);
        if (written) failures.push(`${written}: ${what}`);
      }
    });
  }, 120_000);
});

type Snapshot = { tables: Record<string, string>; auditIds: Set<string> };

async function snapshotWithAudit(): Promise<Snapshot> {
  const events = await db.auditEvent.findMany({ select: { id: true } });
  return { tables: await snapshotDatabase(), auditIds: new Set(events.map((event) => event.id)) };
}

/**
 * What a refused request changed, or null. Two writes are a refusal's by design: an import or source
 * update counts against the hourly import limit once the caller may make it, before its input is
 * read (so a stream of bad 5 MB bodies is throttled like good ones), and a wrong current password
 * counts against the sign-in throttle and is audited as a `…_failure`.
 */
async function unexpectedChange(before: Snapshot): Promise<string | null> {
  const after = await snapshotDatabase();
  const { rateLimitHit: _afterHits, auditEvent: _afterAudit, ...afterData } = after;
  const { rateLimitHit: _beforeHits, auditEvent: _beforeAudit, ...beforeData } = before.tables;
  if (JSON.stringify(afterData) !== JSON.stringify(beforeData)) return `changed ${changedTables(before.tables, after)}`;
  const audited = await db.auditEvent.findMany({ where: { id: { notIn: [...before.auditIds] } }, select: { action: true } });
  const unexpected = audited.filter((event) => !event.action.endsWith('_failure'));
  return unexpected.length ? `audited ${unexpected.map((event) => event.action).join(', ')}` : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

describe('what the fuzzing found on PostgreSQL', () => {
  it('refuses the NUL character and integers past a 32-bit column with a 400, finds nothing by an id holding U+0000, and changes nothing, on every engine', async () => {
    const fixture = await makeFixture(cast, 'default');
    session.claims = cast['assigned translator'];
    const send = async (key: string, call: RouteCall) => {
      const before = await snapshotWithAudit();
      const response = await routeHandlers.get(key)!(buildRequest(key, call), { params: Promise.resolve(call.params ?? {}) });
      return { status: response.status, body: await response.text(), change: await unexpectedChange(before) };
    };
    const id = fixture.segments.wooden;
    const results = [
      await send('v1/segments/[id]/translation PUT', { params: { id }, json: { text: '木桥\u0000每年', baseVersion: fixture.versions.wooden } }),
      await send('v1/segments/[id]/comments POST', { params: { id }, json: { body: 'a\u0000b' } }),
      await send('v1/segments/[id]/revert POST', { params: { id }, json: { toVersion: 2 ** 31, version: fixture.versions.wooden } }),
      await send('v1/segments/[id]/translation PUT', { params: { id }, json: { text: '木桥', baseVersion: 2 ** 31 } }),
    ];
    session.claims = cast.admin;
    results.push(await send('v1/articles/[slug]/publications/[number] GET', { params: { slug: fixture.slug, number: String(2 ** 31) } }));
    // An id or slug from the URL is looked up as it is: with U+0000 it names nothing.
    const lookups = [
      await send('v1/articles/[slug]/export GET', { params: { slug: `${fixture.slug}\u0000` }, query: { format: 'bilingual' } }),
      await send('v1/articles/[slug]/publish POST', { params: { slug: '\u0000' } }),
      await send('v1/comments/[id] PATCH', { params: { id: '\u0000' }, json: { resolved: true } }),
      await send('v1/segments/[id]/comments POST', { params: { id: `${id}\u0000` }, json: { body: 'Agreed.' } }),
    ];
    session.claims = null;
    expect(results.map(({ status, change }) => ({ status, change }))).toEqual(results.map(() => ({ status: 400, change: null })));
    expect(lookups.map(({ status, change }) => ({ status, change }))).toEqual(lookups.map(() => ({ status: 404, change: null })));
    expect(results[0]!.body).toContain('control characters');
    expect(results[1]!.body).toContain('NUL character');
    expect(results[2]!.body).toContain('toVersion');
  });
});
