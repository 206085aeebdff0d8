import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';

/*
 * A browser attaches the session cookie to requests other sites make it send. A change through
 * /api/v1 made with the cookie must therefore come from this site; a bearer token is never attached
 * by a browser on its own, so scripts may call from anywhere.
 */

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => session.viewer }));

const { db } = await import('@/lib/dal/core/db.ts');
const route = await import('@/app/api/v1/glossary/route.ts');
const { makeUser } = await import('../support/factories.ts');

let admin: Viewer;
beforeAll(async () => {
  admin = (await makeUser('admin')).viewer;
});

const context = { params: Promise.resolve({}) };

function postTerm(source: string, headers: Record<string, string>) {
  return route.POST(
    new Request('http://duet.test/api/v1/glossary', {
      method: 'POST',
      headers: { host: 'duet.test', 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ source, target: '跨站' }),
    }),
    context,
  );
}

const termExists = async (source: string) => (await db.glossaryTerm.count({ where: { source } })) > 0;

describe('cookie-authenticated API changes', () => {
  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['a look-alike host', { origin: 'http://duet.test.evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'http://duet.test' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])('are refused from %s and change nothing', async (_name, headers) => {
    session.viewer = { ...(admin as Extract<Viewer, { kind: 'user' }>), via: 'session' };
    const source = `csrf ${crypto.randomUUID()}`;
    const response = await postTerm(source, headers);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('cross_site');
    expect(await termExists(source)).toBe(false);
  });

  it.each([
    ['the same origin', { origin: 'http://duet.test' }],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin', origin: 'http://duet.test' }],
    ['behind a reverse proxy', { origin: 'https://duet.example.org', 'x-forwarded-host': 'duet.example.org' }],
    ['a client that sends no Origin', {}],
  ])('are accepted from %s', async (_name, headers) => {
    session.viewer = { ...(admin as Extract<Viewer, { kind: 'user' }>), via: 'session' };
    const source = `same-site ${crypto.randomUUID()}`;
    expect((await postTerm(source, headers)).status).toBe(201);
    expect(await termExists(source)).toBe(true);
  });

  it('do not apply to bearer tokens, which browsers never send by themselves', async () => {
    session.viewer = { ...(admin as Extract<Viewer, { kind: 'user' }>), via: 'token' };
    const source = `token ${crypto.randomUUID()}`;
    expect((await postTerm(source, { origin: 'https://elsewhere.example' })).status).toBe(201);
    expect(await termExists(source)).toBe(true);
  });
});
