import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * The feed, sitemap, robots.txt and public API are the same for everyone, so a CDN (or Next.js) may
 * keep one copy and hand it to every visitor. An origin taken from one request's Host or
 * X-Forwarded-Host must never reach such a copy, or one forged header would point every reader's
 * links at another site. The handlers are called as `next start` calls them: the URL names the
 * server's own address and the headers are whatever the client sent.
 */

await import('./support/session-mocks.ts');
const { makeCast, makeFixture } = await import('./support/matrix-fixture.ts');

const configured = 'https://translations.example.org';
const requestUrl = (path: string) => `http://localhost:3000${path}`;
const sharedCacheControl = 'public, no-cache';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
type Route = { name: string; path: (slug: string) => string; handler: Handler };

const databaseClients: Array<{ $disconnect: () => Promise<void> }> = [];

/**
 * The public routes, loaded afresh under the given environment (lib/env.ts parses it once, at
 * import). The proxy is trusted throughout: even then, X-Forwarded-Host is never believed.
 */
async function loadRoutes(publicUrl: string): Promise<Route[]> {
  vi.resetModules();
  vi.stubEnv('DUET_PUBLIC_URL', publicUrl);
  vi.stubEnv('DUET_TRUST_PROXY', 'true');
  try {
    const [feed, robots, sitemap, list, article, { db }] = await Promise.all([
      import('@/app/feed.xml/route.ts'),
      import('@/app/robots.txt/route.ts'),
      import('@/app/sitemap.xml/route.ts'),
      import('@/app/api/v1/public/articles/route.ts'),
      import('@/app/api/v1/public/articles/[slug]/route.ts'),
      import('@/lib/dal/core/db.ts'),
    ]);
    databaseClients.push(db);
    return [
      { name: 'the feed', path: () => '/feed.xml', handler: feed.GET },
      { name: 'robots.txt', path: () => '/robots.txt', handler: robots.GET },
      { name: 'the sitemap', path: () => '/sitemap.xml', handler: sitemap.GET },
      { name: 'the public article list', path: () => '/api/v1/public/articles', handler: list.GET },
      { name: 'a public article', path: (slug) => `/api/v1/public/articles/${slug}`, handler: article.GET },
    ];
  } finally {
    vi.unstubAllEnvs();
  }
}

let slug: string;
let routesWithPublicUrl: Route[];
let routesWithoutPublicUrl: Route[];

beforeAll(async () => {
  ({ slug } = await makeFixture(await makeCast(), 'published'));
  routesWithPublicUrl = await loadRoutes(configured);
  routesWithoutPublicUrl = await loadRoutes('');
});

afterAll(async () => {
  for (const client of databaseClients) await client.$disconnect();
});

async function call(route: Route, headers: Record<string, string>) {
  const path = route.path(slug);
  const params: Record<string, string> = path.startsWith('/api/v1/public/articles/') ? { slug } : {};
  const response = await route.handler(new Request(requestUrl(path), { headers }), { params: Promise.resolve(params) });
  expect(response.status).toBe(200);
  return { body: await response.text(), cacheControl: response.headers.get('cache-control') };
}

const forgedHeaders = {
  'Host: evil.example': { host: 'evil.example' },
  'X-Forwarded-Host: evil.example': { host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
};
const routeNames = ['the feed', 'robots.txt', 'the sitemap', 'the public article list', 'a public article'];
const absoluteRouteNames = ['the feed', 'robots.txt', 'the sitemap'];
const apiRouteNames = ['the public article list', 'a public article'];
const routeNamed = (routes: Route[], name: string) => routes.find((route) => route.name === name)!;
/** The link a route's body carries under the given origin. */
const linkIn = (name: string, origin: string) => (name === 'robots.txt' ? `Sitemap: ${origin}/sitemap.xml` : `${origin}/articles/${slug}`);

describe('with DUET_PUBLIC_URL set', () => {
  describe.each(Object.entries(forgedHeaders))('and %s', (_forged, headers) => {
    it.each(routeNames)('%s links only to the configured origin, and may be cached', async (name) => {
      const { body, cacheControl } = await call(routeNamed(routesWithPublicUrl, name), headers);
      expect(body).not.toContain('evil.example');
      expect(body).not.toContain('localhost');
      expect(body).toContain(linkIn(name, configured));
      expect(cacheControl).toBe(sharedCacheControl);
    });
  });
});

describe('with DUET_PUBLIC_URL unset', () => {
  it.each(absoluteRouteNames)('%s links to the Host it was asked for, and no cache may keep it', async (name) => {
    const { body, cacheControl } = await call(routeNamed(routesWithoutPublicUrl, name), forgedHeaders['Host: evil.example']);
    expect(body).toContain(linkIn(name, 'http://evil.example'));
    expect(cacheControl).toBe('private, no-store');
  });

  it.each(absoluteRouteNames)('%s never believes X-Forwarded-Host, and no cache may keep it', async (name) => {
    const { body, cacheControl } = await call(routeNamed(routesWithoutPublicUrl, name), forgedHeaders['X-Forwarded-Host: evil.example']);
    expect(body).not.toContain('evil.example');
    expect(body).toContain(linkIn(name, 'https://localhost:3000'));
    expect(cacheControl).toBe('private, no-store');
  });

  describe.each(Object.entries(forgedHeaders))('and %s', (_forged, headers) => {
    it.each(apiRouteNames)('%s gives links as paths, naming no host, and may be cached', async (name) => {
      const { body, cacheControl } = await call(routeNamed(routesWithoutPublicUrl, name), headers);
      expect(body).not.toContain('evil.example');
      expect(body).not.toContain('localhost');
      expect(body).toContain(`"url":"/articles/${slug}"`);
      expect(cacheControl).toBe(sharedCacheControl);
    });
  });

  const malformedHosts = [
    'evil.example/<script>alert(1)</script>',
    'evil.example/path',
    'evil.example:99999',
    'evil.example@localhost',
    'localhost@evil.example',
    'evil.example, localhost',
    'evil.example localhost',
    '"evil.example"',
    'evil.example\\.localhost',
  ];
  describe.each(malformedHosts)('and a malformed Host %j', (host) => {
    it.each(routeNames)('%s does not echo it', async (name) => {
      const { body } = await call(routeNamed(routesWithoutPublicUrl, name), { host });
      expect(body).not.toContain('evil.example');
      expect(body).not.toContain('<script>');
      if (absoluteRouteNames.includes(name)) expect(body).toContain(linkIn(name, 'http://localhost'));
    });
  });
});
