import { expect, test } from '@playwright/test';

/*
 * The reading site's pages are files (lib/site): any cache may keep them but must ask again before
 * each use (a 304 when nothing changed), so an article that was just unpublished disappears at once;
 * their 404s are not stored at all.
 */

const article = '/articles/translating-in-the-open';

test('a reader page is a file any cache must revalidate, and answers 304 while unchanged', async ({ request }) => {
  for (const path of ['/', article, '/tags/community', '/api/v1/public/articles']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, no-cache');
    const etag = response.headers().etag;
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'if-none-match': etag! } });
    expect(again.status(), path).toBe(304);
  }
});

test('the stylesheet and script are named by their content and cached for good', async ({ request }) => {
  const html = await (await request.get(article)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[a-z]+-[0-9a-f]{12}\.(?:css|js))"/g)].map((match) => match[1]!);
  expect(assets).toHaveLength(2);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
});

test('a reader 404 is not stored by any cache', async ({ request }) => {
  for (const path of ['/articles/no-such-slug', '/tags/no-such-tag', '/browse/999', '/browse/not-a-number', '/.duet/manifest.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expect(await response.text(), path).toContain('Page not found');
  }
});
