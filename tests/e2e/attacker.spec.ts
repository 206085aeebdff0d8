import { expect, test, type APIRequestContext } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * The rest of an outside attacker's checklist, tried over HTTP against the production server (the
 * first half, bypass headers, cross-site requests, headers and errors, is in security.spec.ts):
 * files that must never be served, forged and stolen-looking credentials, Host header injection,
 * bodies of any size, other people's articles by id, and and methods that echo a request.
 */

function userWithToken(role: 'translator' | 'admin'): { email: string; token: string } {
  const email = uniqueEmail(`attack-${role}`);
  duet('user', 'create', '--email', email, '--name', `Attack ${role}`, '--role', role, '--password', 'attacker checklist 1');
  return { email, token: duet('token', 'create', '--email', email) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// Each `duet` call starts a process; made once, the accounts keep every test well inside its time.
let admin: string;
let translator: string;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  admin = userWithToken('admin').token;
  translator = userWithToken('translator').token;
});

async function json(request: APIRequestContext, method: 'GET' | 'POST' | 'PUT', path: string, token: string, data?: unknown) {
  const response = await request.fetch(path, { method, headers: bearer(token), data, failOnStatusCode: false });
  return { status: response.status(), body: await response.text() };
}

test('source, configuration, database and build files are never served', async ({ request }) => {
  const paths = [
    '/.env', '/.env.local', '/.git/config', '/.git/HEAD', '/package.json', '/package-lock.json', '/next.config.ts',
    '/prisma/schema.prisma', '/data/duet.db', '/data/duet.db-wal', '/lib/env.ts', '/.next/server/app-paths-manifest.json',
    '/_next/../package.json', '/_next/static/..%2f..%2f..%2fpackage.json', '/_next/static/%2e%2e/%2e%2e/package.json',
    '/katex/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/_next/image?url=file:///etc/passwd&w=64&q=75',
    '/_next/image?url=http://127.0.0.1:5432/&w=64&q=75',
  ];
  for (const path of paths) {
    const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(body, path).not.toMatch(/"dependencies"|SQLite format|root:x:0|AUTH_SECRET|DATABASE_URL|datasource db|\[core\]/);
  }
});

test('no source maps or framework banner give the build away', async ({ request }) => {
  // The reading site's pages are files with one script of their own; the app's pages load the build's.
  expect((await request.get('/')).headers()['x-powered-by']).toBeUndefined();
  const home = await request.get('/signin');
  expect(home.headers()['x-powered-by']).toBeUndefined();
  const scripts = [...(await home.text()).matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts.slice(0, 5)) {
    expect((await request.get(`${script}.map`, { failOnStatusCode: false })).status(), script).toBe(404);
  }
});

test('forged, tampered and foreign credentials are nobody', async ({ playwright, baseURL }) => {
  const token = admin;
  const forgedCookies = [
    // An unsigned JWT claiming to be an admin, the classic alg:none forgery.
    `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"1","role":"admin","email":"admin@duet.local"}').toString('base64url')}.`,
    'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..AAAA.BBBB.CCCC',
    'x'.repeat(4000),
  ];
  for (const value of forgedCookies) {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${value}; __Secure-authjs.session-token=${value}` } });
    expect((await context.get('/api/v1/me', { failOnStatusCode: false })).status()).toBe(401);
    const page = await context.get('/admin/users', { maxRedirects: 0, failOnStatusCode: false });
    expect(await page.text()).not.toContain('admin@duet.local');
    await context.dispose();
  }
  const context = await playwright.request.newContext({ baseURL });
  const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
  for (const headers of [bearer(tampered), bearer(token.slice(0, -1)), bearer(`${token}x`), { authorization: `Basic ${Buffer.from(`admin@duet.local:${token}`).toString('base64')}` }, { authorization: token }]) {
    expect((await context.get('/api/v1/me', { headers, failOnStatusCode: false })).status(), JSON.stringify(headers)).toBe(401);
  }
  // Tokens travel in the Authorization header only, never in a URL where logs and Referer keep them.
  for (const query of [`access_token=${token}`, `token=${token}`]) {
    expect((await context.get(`/api/v1/me?${query}`, { failOnStatusCode: false })).status()).toBe(401);
  }
  expect((await context.get('/api/v1/me', { headers: bearer(token) })).status()).toBe(200);
  await context.dispose();
});

test('a forged Host or X-Forwarded-Host never turns a redirect towards another site', async ({ request }) => {
  const forged: Record<string, string>[] = [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }];
  for (const headers of forged) {
    for (const path of ['/workspace', '/admin/users', '/workspace/articles/x/edit', '/signin?callbackUrl=%2Fworkspace', '/api/auth/signin', '/api/auth/signout']) {
      const response = await request.get(path, { headers, maxRedirects: 0, failOnStatusCode: false });
      const location = response.headers()['location'] ?? '';
      expect(location, `${path} with ${JSON.stringify(headers)}`).not.toMatch(/evil\.example/);
      expect(await response.text(), `${path} with ${JSON.stringify(headers)}`).not.toMatch(/https?:\/\/evil\.example/);
    }
  }
});

test('bodies over a route\'s limit are refused with 413 and the server keeps serving', async ({ request }) => {
  const token = admin;
  const article = await json(request, 'GET', '/api/v1/articles', token);
  const slug = (JSON.parse(article.body) as { articles: { slug: string }[] }).articles[0]!.slug;
  const detail = JSON.parse((await json(request, 'GET', `/api/v1/articles/${slug}`, token)).body) as { segments: { id: string; translation: { version: number; text: string } | null }[] };
  const segment = detail.segments.find((candidate) => candidate.translation)!;
  const huge = 'a'.repeat(3_000_000);
  const cases = [
    { method: 'PUT' as const, path: `/api/v1/segments/${segment.id}/translation`, data: JSON.stringify({ text: huge, baseVersion: segment.translation!.version }) },
    { method: 'POST' as const, path: '/api/v1/checks', data: JSON.stringify({ source: huge, target: huge }) },
    { method: 'POST' as const, path: '/api/v1/articles', data: JSON.stringify({ markdown: 'a'.repeat(25_000_000), slug: 'too-big' }) },
  ];
  for (const { method, path, data } of cases) {
    const response = await request.fetch(path, { method, headers: { ...bearer(token), 'content-type': 'application/json' }, data, failOnStatusCode: false });
    expect(response.status(), path).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  }
  const after = JSON.parse((await json(request, 'GET', `/api/v1/articles/${slug}`, token)).body) as typeof detail;
  expect(after.segments.find((candidate) => candidate.id === segment.id)!.translation).toEqual(segment.translation);
  expect((await json(request, 'GET', '/api/v1/articles/too-big', token)).status).toBe(404);
  expect((await request.get('/')).status()).toBe(200);
});

test('a translator reaches no other article by id, slug or export, and changes nothing trying', async ({ request }) => {
  const slug = `attack-target-${crypto.randomUUID().slice(0, 8)}`;
  const created = await json(request, 'POST', '/api/v1/articles', admin, { markdown: '# Target\n\nSecret paragraph of the target article.\n', translation: '# 目标\n\n目标文章的秘密段落。\n', slug });
  expect(created.status).toBe(201);
  const detail = JSON.parse((await json(request, 'GET', `/api/v1/articles/${slug}`, admin)).body) as { segments: { id: string; translation: { version: number } | null }[] };
  const segment = detail.segments.find((candidate) => candidate.translation)!;
  const attempts = [
    await json(request, 'GET', `/api/v1/articles/${slug}`, translator),
    await json(request, 'GET', `/api/v1/articles/${slug}/export?format=zh`, translator),
    await json(request, 'GET', `/api/v1/segments/${segment.id}/revisions`, translator),
    await json(request, 'PUT', `/api/v1/segments/${segment.id}/translation`, translator, { text: '篡改', baseVersion: segment.translation!.version }),
    await json(request, 'POST', `/api/v1/segments/${segment.id}/submit`, translator, { version: segment.translation!.version }),
    await json(request, 'POST', `/api/v1/segments/${segment.id}/comments`, translator, { body: 'hello' }),
    await json(request, 'POST', `/api/v1/articles/${slug}/publish`, translator, {}),
  ];
  for (const attempt of attempts) {
    expect(attempt.status).toBe(404);
    expect(attempt.body).not.toMatch(/Secret paragraph|秘密段落/);
  }
  const listed = await json(request, 'GET', '/api/v1/articles', translator);
  expect(listed.body).not.toContain(slug);
  const after = JSON.parse((await json(request, 'GET', `/api/v1/articles/${slug}`, admin)).body) as typeof detail;
  expect(after).toEqual(detail);
});

test('no method echoes the request back (cross-site tracing)', async ({ request }) => {
  const probe = { 'x-probe': 'probe-7f3a', cookie: 'authjs.session-token=cookie-7f3a' };
  for (const method of ['TRACE', 'TRACK', 'OPTIONS']) {
    const response = await request.fetch('/', { method, headers: probe, failOnStatusCode: false }).catch(() => null);
    if (!response) continue; // The HTTP server itself refused the method.
    const echoed = `${JSON.stringify(response.headers())}${await response.text()}`;
    expect(echoed, method).not.toMatch(/probe-7f3a|cookie-7f3a/);
  }
  expect((await request.delete('/api/v1/me', { failOnStatusCode: false })).status()).toBeGreaterThanOrEqual(400);
});

test('ids and slugs holding U+0000 or past a 32-bit integer find nothing, on public pages and the API alike', async ({ request }) => {
  // PostgreSQL fails a whole query over U+0000 in text or an integer past its column; that was a 500.
  for (const path of ['/articles/a%00b', '/articles/%00', '/api/v1/public/articles/%00', '/search?q=%00', '/tags/%00']) {
    const response = await request.get(path, { failOnStatusCode: false });
    expect(response.status(), path).toBeLessThan(500);
  }
  expect((await json(request, 'GET', '/api/v1/articles/%00', admin)).status).toBe(404);
  expect((await json(request, 'GET', '/api/v1/articles/translating-in-the-open/publications/2147483648', admin)).status).toBe(400);
  const save = await json(request, 'PUT', '/api/v1/segments/%00/translation', admin, { text: 'x', baseVersion: 0 });
  expect(save.status).toBe(404);
});
