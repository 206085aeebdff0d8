import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bypassHeaders } from './support/bypass-headers.ts';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * Who may open which signed-in page, over HTTP against the production server: every page under
 * app/(workspace) and app/(auth), found on disk, × anonymous, a disabled account's old session, a
 * translator not assigned to the article, the assigned translator, a reviewer and an admin. An
 * allowed caller gets the page; a refused one is sent to sign in (nobody signed in) or gets 404, and
 * the headers that once bypassed Next.js middleware change neither. A new page fails this suite until
 * it has a row here. (Routes and Server Actions are in tests/security/authorization-matrix.test.ts.)
 */

const roleNames = ['anonymous', 'disabled', 'unassigned translator', 'assigned translator', 'reviewer', 'admin'] as const;
type RoleName = (typeof roleNames)[number];
type Outcome = 'page' | 'sign in' | 'not found';
/** Who gets the page; everyone else signed in gets 404, and nobody signed in is sent to sign in. */
type Who = 'everyone' | 'signed in' | 'article editors' | 'staff' | 'admin';

// The demo article, assigned to the demo translator by the seed.
const demoSlug = 'translating-in-the-open';

const rows: Record<string, Who> = {
  '/signin': 'everyone',
  '/workspace': 'signed in',
  '/workspace/account': 'signed in',
  '/workspace/notifications': 'signed in',
  '/workspace/memory': 'signed in',
  '/workspace/articles/[slug]': 'article editors',
  '/workspace/articles/[slug]/edit': 'article editors',
  '/workspace/articles/[slug]/publications': 'staff',
  '/workspace/import': 'staff',
  '/workspace/review': 'staff',
  '/admin/users': 'admin',
  '/admin/audit': 'admin',
  '/admin/glossary': 'admin',
  '/admin/settings': 'admin',
  '/admin/repositories': 'admin',
};

function expected(who: Who, role: RoleName): Outcome {
  if (who === 'everyone') return 'page';
  if (role === 'anonymous' || role === 'disabled') return 'sign in';
  const allowed: Record<Exclude<Who, 'everyone'>, RoleName[]> = {
    'signed in': ['unassigned translator', 'assigned translator', 'reviewer', 'admin'],
    'article editors': ['assigned translator', 'reviewer', 'admin'],
    staff: ['reviewer', 'admin'],
    admin: ['admin'],
  };
  return allowed[who].includes(role) ? 'page' : 'not found';
}

/** Every page of the signed-in app, as a route pattern, read off the app directory. */
function pagesOnDisk(): string[] {
  const found: string[] = [];
  const walk = (directory: string, route: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === 'page.tsx') found.push(route || '/');
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
      // Route groups such as (workspace) do not appear in the URL.
      walk(path.join(directory, entry.name), /^\(.*\)$/.test(entry.name) ? route : `${route}/${entry.name}`);
    }
  };
  for (const group of ['(workspace)', '(auth)']) walk(path.resolve('app', group), '');
  return found.sort();
}

async function signInOver(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 });
  expect((await request.get('/api/v1/me')).status(), `${email} signed in`).toBe(200);
}

async function outcomeOf(request: APIRequestContext, url: string): Promise<Outcome | string> {
  const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
  const location = response.headers()['location'] ?? '';
  if (response.status() >= 300 && response.status() < 400 && /\/signin(\?|$)/.test(location)) return 'sign in';
  if (response.status() === 404) return 'not found';
  if (response.status() === 200) return 'page';
  return `${response.status()} ${location}`;
}

/** What only an allowed caller sees on these pages: accounts, the editor's data, settings, audit rows. */
const privateMarkers = [/admin@duet\.local/, /translator@duet\.local/, /reviewer@duet\.local/, /baseVersion/, /selfApprove/, /user\.created|article\.imported/];

const callers = new Map<RoleName, APIRequestContext>();

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const password = 'page matrix password 1';
  const accounts: Partial<Record<RoleName, string>> = {
    'assigned translator': 'translator@duet.local',
    reviewer: 'reviewer@duet.local',
    admin: 'admin@duet.local',
  };
  const demoPasswords: Record<string, string> = {
    'translator@duet.local': 'duet-translator-demo',
    'reviewer@duet.local': 'duet-reviewer-demo',
    'admin@duet.local': 'duet-admin-demo',
  };
  for (const [role, cliRole] of [['unassigned translator', 'translator'], ['disabled', 'reviewer']] as const) {
    accounts[role] = uniqueEmail(`pages-${cliRole}`);
    duet('user', 'create', '--email', accounts[role]!, '--name', `Pages ${role}`, '--role', cliRole, '--password', password);
    demoPasswords[accounts[role]!] = password;
  }
  for (const role of roleNames) {
    const context = await playwright.request.newContext({ baseURL });
    if (role !== 'anonymous') await signInOver(context, accounts[role]!, demoPasswords[accounts[role]!]!);
    callers.set(role, context);
  }
  // The disabled account keeps its cookie: the server must stop honouring it.
  duet('user', 'disable', '--email', accounts.disabled!);
});

test.afterAll(async () => {
  for (const context of callers.values()) await context.dispose();
});

test('every signed-in page on disk has a row, and every row is a page', () => {
  expect(pagesOnDisk()).toEqual(Object.keys(rows).sort());
});

for (const [page, who] of Object.entries(rows)) {
  test(`${page}: ${who}`, async () => {
    const url = page.replace('[slug]', demoSlug);
    const failures: string[] = [];
    for (const role of roleNames) {
      const request = callers.get(role)!;
      const want = expected(who, role);
      const got = await outcomeOf(request, url);
      if (got !== want) failures.push(`${role}: expected ${want}, got ${got}`);
      if (want === 'page') continue;
      for (const bypass of bypassHeaders) {
        // An RSC request is answered 200 with a payload that redirects or says not found, so what
        // counts is that none of the page's data comes back.
        const response = await request.get(url, { headers: bypass, maxRedirects: 0, failOnStatusCode: false });
        const body = await response.text();
        const leaked = privateMarkers.filter((marker) => marker.test(body));
        if (leaked.length) failures.push(`${role} with ${JSON.stringify(bypass)}: ${leaked.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
}
