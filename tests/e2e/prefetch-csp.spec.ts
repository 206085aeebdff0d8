import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './support/sign-in.ts';

/*
 * A prefetch of a signed-in page is answered with the page (its RSC payload, or its HTML to a client
 * that sends the header with a plain GET): it gets the same nonce policy as a page load.
 */

/** What a client on the home page sends with a prefetch. */
const routerStateTree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));

const prefetches: Record<string, string>[] = [
  {},
  { purpose: 'prefetch' },
  { 'sec-purpose': 'prefetch' },
  { 'next-router-prefetch': '1' },
  { rsc: '1' },
  { rsc: '1', 'next-router-state-tree': routerStateTree },
  { rsc: '1', 'next-router-prefetch': '1', 'next-router-state-tree': routerStateTree, purpose: 'prefetch' },
];

test('signed-in pages carry the nonce policy on prefetches too', async ({ page }) => {
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  for (const path of ['/workspace', '/admin/users']) {
    for (const headers of prefetches) {
      const label = `${path} ${JSON.stringify(headers)}`;
      // An RSC request is first sent to its `_rsc` URL; that redirect and the page both carry the policy.
      const first = await page.request.get(path, { headers, maxRedirects: 0 });
      expect(first.headers()['content-security-policy'], label).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
      const response = await page.request.get(path, { headers });
      expect(response.status(), label).toBe(200);
      expect(response.url(), label).toContain(path);
      expect(response.headers()['content-security-policy'], label).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    }
  }
});
