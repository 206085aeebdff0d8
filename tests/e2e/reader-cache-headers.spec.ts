import { expect, test } from '@playwright/test';

/*
 * Reader pages may be kept by a CDN for a day, but their 404s and redirects must not be: an article
 * that was just unpublished has to disappear at once, and the 307 Next.js sends an RSC request to its
 * `_rsc` URL depends on request headers that a cache ignoring `Vary` would not see.
 */

const article = '/articles/translating-in-the-open';
const sharedCache = /stale-while-revalidate|s-maxage|public/;

test('a reader page keeps its shared-cache headers', async ({ request }) => {
  const response = await request.get(article);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('stale-while-revalidate');
});

test('a reader 404 is not stored by any cache, when rendered and when served from the page cache', async ({ request }) => {
  for (const path of ['/articles/no-such-slug', '/tags/no-such-tag', '/?page=999', '/browse/not-a-number']) {
    for (const attempt of ['first', 'cached']) {
      const response = await request.get(path);
      expect(response.status(), `${path} (${attempt})`).toBe(404);
      expect(response.headers()['cache-control'], `${path} (${attempt})`).toBe('no-store');
    }
  }
});

test('a redirect from a reader URL is not stored by a shared cache', async ({ request }) => {
  for (const path of [article, '/articles/no-such-slug', '/tags/no-such-tag']) {
    for (const headers of [{ rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }] as Record<string, string>[]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toContain('?_rsc');
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
  }
  const trailingSlash = await request.get(`${article}/`, { maxRedirects: 0 });
  expect(trailingSlash.status()).toBe(308);
  expect(trailingSlash.headers()['cache-control'] ?? '').not.toMatch(sharedCache);
});
