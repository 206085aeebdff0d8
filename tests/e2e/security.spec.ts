import { expect, test, type APIRequestContext } from '@playwright/test';
import { bypassHeaders } from './support/bypass-headers.ts';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * An outside attacker's checklist, tried over HTTP against the production server: headers that
 * once bypassed Next.js middleware get nothing extra, cross-site changes are refused, every
 * response carries the security headers, and errors reveal nothing.
 */

function tokenFor(role: 'translator' | 'admin'): string {
  const email = uniqueEmail(`sec-${role}`);
  duet('user', 'create', '--email', email, '--name', `Sec ${role}`, '--role', role, '--password', 'security password 1');
  return duet('token', 'create', '--email', email);
}

/** Signs in through next-auth's own endpoints, leaving the session cookie in `request`. */
async function signInOver(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 });
}

test('headers that once bypassed middleware get no more than a request without them', async ({ request }) => {
  const translator = tokenFor('translator');
  const cases: { path: string; auth: Record<string, string> }[] = [
    { path: '/api/v1/audit', auth: {} },
    { path: '/api/v1/settings', auth: {} },
    { path: '/api/v1/audit', auth: { authorization: `Bearer ${translator}` } },
    { path: '/api/v1/settings', auth: { authorization: `Bearer ${translator}` } },
    { path: '/api/v1/review/queue', auth: { authorization: `Bearer ${translator}` } },
  ];
  for (const { path, auth } of cases) {
    const plain = await request.get(path, { headers: auth });
    expect(plain.status(), path).toBeGreaterThanOrEqual(400);
    for (const bypass of bypassHeaders) {
      const response = await request.get(path, { headers: { ...auth, ...bypass } });
      expect(response.status(), `${path} with ${JSON.stringify(bypass)}`).toBe(plain.status());
      expect(await response.text()).not.toMatch(/"events"|selfApprove|"articles"/);
    }
  }
  for (const page of ['/workspace', '/admin/users', '/admin/audit', '/workspace/review']) {
    for (const bypass of [{}, ...bypassHeaders]) {
      const response = await request.get(page, { headers: bypass, maxRedirects: 0 });
      const body = await response.text();
      expect(body, `${page} with ${JSON.stringify(bypass)}`).not.toContain('admin@duet.local');
      expect(body).not.toContain('translator@duet.local');
    }
  }
});

test('a session-cookie change to the API from another site is refused; the same from this site works', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail('sec-admin-cookie');
  duet('user', 'create', '--email', email, '--name', 'Cookie admin', '--role', 'admin', '--password', 'security password 2');
  await signInOver(request, email, 'security password 2');
  expect((await request.get('/api/v1/me')).status()).toBe(200);
  const host = new URL(baseURL!).host;
  const term = (source: string) => ({ source, target: '跨站' });
  const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site', origin: `http://${host}` }];
  for (const headers of crossSite) {
    const source = `csrf ${crypto.randomUUID()}`;
    const response = await request.post('/api/v1/glossary', { headers, data: term(source) });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    const listed = await (await request.get(`/api/v1/glossary?q=${encodeURIComponent(source)}`)).json();
    expect(listed.terms).toEqual([]);
  }
  const sameSite = await request.post('/api/v1/glossary', { headers: { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, data: term(`ok ${crypto.randomUUID()}`) });
  expect(sameSite.status()).toBe(201);
  // A bearer token is never attached by a browser on its own: scripts keep working from anywhere.
  const admin = tokenFor('admin');
  const scripted = await request.post('/api/v1/glossary', { headers: { authorization: `Bearer ${admin}`, origin: 'https://elsewhere.example' }, data: term(`token ${crypto.randomUUID()}`) });
  expect(scripted.status()).toBe(201);
  await request.dispose();
});

test('a Server Action replayed from another site (or Origin: null) changes nothing', async ({ page, baseURL }) => {
  await page.goto('/signin');
  await page.getByLabel(/e-mail|邮箱/i).fill('admin@duet.local');
  await page.getByLabel(/password|密码/i).fill('duet-admin-demo');
  await page.getByRole('button', { name: /sign in|登录/i }).click();
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto('/admin/users');
  // Capture the browser's own call of createUserAction, and stop it there.
  let captured: { headers: Record<string, string>; body: string } | null = null;
  await page.route('**/admin/users', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      captured = { headers: request.headers(), body: request.postData() ?? '' };
      await route.abort();
    } else await route.continue();
  });
  const email = uniqueEmail('csrf-victim');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Made by CSRF');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const call = captured as unknown as { headers: Record<string, string>; body: string };
  const replay = (origin: string) =>
    page.request.post('/admin/users', {
      headers: { 'next-action': call.headers['next-action']!, 'content-type': call.headers['content-type']!, accept: 'text/x-component', origin },
      data: call.body,
      failOnStatusCode: false,
    });
  for (const origin of ['https://evil.example', 'null']) {
    await replay(origin);
    expect(duet('user', 'list')).not.toContain(email);
  }
  // The replay itself is faithful: from this site it does create the user.
  await replay(new URL(baseURL!).origin);
  expect(duet('user', 'list')).toContain(email);
});

test('every response carries the security headers; signed-in pages get a nonce policy', async ({ request }) => {
  for (const path of ['/', '/signin', '/workspace', '/api/v1/me', '/api/v1/public/articles', '/no-such-page']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
  const signin = await request.get('/signin');
  const policy = signin.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  const html = await signin.text();
  // Every script Next.js writes carries the nonce; an injected one would not, and would not run.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  const again = (await request.get('/signin')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);
});

test('signed-in pages run under their policy, and markup injected into them cannot run script', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/signin');
  await page.getByLabel(/e-mail|邮箱/i).fill('translator@duet.local');
  await page.getByLabel(/password|密码/i).fill('duet-translator-demo');
  await page.getByRole('button', { name: /sign in|登录/i }).click();
  await expect(page).toHaveURL(/\/workspace/);
  expect(violations).toEqual([]);
  // As if stored markup reached the page: the server's own response, headers and all, with a script
  // and an event handler added to its HTML.
  await page.route('**/workspace', async (route) => {
    const response = await route.fetch();
    const injected = '<script>window.__injected = true</script><img src="x" onerror="window.__injected = true">';
    const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${injected}`);
    await route.fulfill({ response, body: html });
  });
  await page.goto('/workspace');
  await expect(page.getByRole('button', { name: /sign out|退出/i })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test('session cookies are HttpOnly and SameSite, and Secure behind HTTPS', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: 'reviewer@duet.local', password: 'duet-reviewer-demo' },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value);
  const session = cookies.find((cookie) => /session-token=/.test(cookie));
  expect(session).toBeTruthy();
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
  const secure = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const csrf = await secure.get('/api/auth/csrf');
  const setCookies = csrf.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value);
  expect(setCookies.length).toBeGreaterThan(0);
  for (const cookie of setCookies) expect(cookie).toMatch(/;\s*Secure/i);
  await request.dispose();
  await secure.dispose();
});

test('sign-in never redirects to another site through callbackUrl', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const targets = [
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    // These pass a check on the raw value and normalise to //evil.example.
    '/.//evil.example/x',
    '/..//evil.example',
    '/%2e//evil.example',
    '/a/..//evil.example',
    '/.%2e//evil.example',
  ];
  for (const target of targets) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel(/e-mail|邮箱/i).fill('translator@duet.local');
    await page.getByLabel(/password|密码/i).fill('duet-translator-demo');
    await page.getByRole('button', { name: /sign in|登录/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    expect(new URL(page.url()).origin, target).toBe(new URL(baseURL!).origin);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/workspace/);
  }
});

test('a client-sent X-Forwarded-For does not choose the address that is throttled and audited', async ({ request }) => {
  const admin = tokenFor('admin');
  const email = uniqueEmail('spoofed');
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  for (const spoofed of ['203.0.113.77', '198.51.100.78']) {
    await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: 'not the password' },
      headers: { 'x-forwarded-for': spoofed, 'x-real-ip': spoofed },
      maxRedirects: 0,
    });
  }
  const audit = await request.get('/api/v1/audit?action=signin.failure&limit=100', { headers: { authorization: `Bearer ${admin}` } });
  const { events } = (await audit.json()) as { events: { detail: { email?: string }; ip: string }[] };
  const ours = events.filter((event) => event.detail.email === email);
  expect(ours).toHaveLength(2);
  for (const event of ours) expect(event.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
});

test('quality checks run off the main thread: other requests are answered while long ones run', async ({ request }) => {
  test.setTimeout(120_000);
  const auth = { authorization: `Bearer ${tokenFor('translator')}` };
  const small = await request.post('/api/v1/checks', { headers: auth, data: { source: 'Call 3 times.', target: '调用两次。' } });
  expect(small.status()).toBe(200);
  expect((await small.json()).findings).toEqual([expect.objectContaining({ checkId: 'numbers' })]);
  // Each of these takes the checks thread a good while; the server's own thread stays free.
  const openers = '[a]['.repeat(12_500);
  const finished: string[] = [];
  const long = Promise.all(
    Array.from({ length: 3 }, async () => {
      const response = await request.post('/api/v1/checks', { headers: auth, data: { source: openers, target: openers }, timeout: 90_000 });
      finished.push('checks');
      return response;
    }),
  );
  // Long enough for the three to reach the server, far shorter than one of them takes.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect((await request.get('/api/v1/me', { headers: auth })).status()).toBe(200);
  finished.push('me');
  const responses = await long;
  expect(responses.map((response) => response.status())).toEqual([200, 200, 200]);
  // Checked on the server's thread, the three would run one after another there, and the other
  // request would wait for at least one of them: here it is answered before any is done.
  expect(finished).toEqual(['me', 'checks', 'checks', 'checks']);
});

test('errors reveal no stack, SQL or environment', async ({ request }) => {
  const responses = [
    await request.get('/api/v1/articles/%E0%A4%A'),
    await request.post('/api/v1/checks', { headers: { authorization: 'Bearer duet_not-a-token' }, data: '{"source":' }),
    await request.get('/workspace/articles/%00'),
    await request.post('/signin', { headers: { 'next-action': 'not-an-action', origin: 'http://127.0.0.1' }, data: 'x' }),
  ];
  for (const response of responses) {
    const body = await response.text();
    expect(body).not.toMatch(/\bat \S+ \(|node_modules|prisma|SQLITE|DATABASE_URL|AUTH_SECRET|\/work\//i);
  }
});
