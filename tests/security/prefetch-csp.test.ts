import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy.ts';

/*
 * Signed-in pages run script only under a per-response nonce policy (proxy.ts). A prefetch is answered
 * with the page too (its RSC payload, or its HTML to a client that sends the header itself), so it must
 * get the same policy: whether Next.js runs the proxy for a request is decided by its matcher, which is
 * checked here the way Next.js checks it, and what the proxy then answers is checked by calling it.
 */

/** What a client on the home page sends with a prefetch. */
const routerStateTree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));

const prefetchHeaders: Record<string, Record<string, string>> = {
  'Purpose: prefetch': { purpose: 'prefetch' },
  'Sec-Purpose: prefetch': { 'sec-purpose': 'prefetch' },
  'Next-Router-Prefetch: 1': { 'next-router-prefetch': '1' },
  'RSC: 1': { rsc: '1' },
  'RSC with Next-Router-State-Tree': { rsc: '1', 'next-router-state-tree': routerStateTree },
  'a next/link prefetch': { rsc: '1', 'next-router-prefetch': '1', 'next-router-state-tree': routerStateTree },
  'all of them': {
    purpose: 'prefetch',
    'sec-purpose': 'prefetch',
    rsc: '1',
    'next-router-prefetch': '1',
    'next-router-state-tree': routerStateTree,
  },
};

const signedInPages = ['/workspace', '/workspace/articles/some-article', '/admin/users', '/signin', '/workspace?_rsc=1x2y3'];

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

/** The policy the browser gets, and the one Next.js reads the nonce for its own scripts from. */
function policiesFor(url: string, headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest(url, { headers }));
  return {
    sent: response.headers.get('content-security-policy') ?? '',
    forRendering: response.headers.get('x-middleware-request-content-security-policy') ?? '',
  };
}

describe('signed-in pages get the nonce policy on prefetches too', () => {
  for (const path of signedInPages) {
    const url = `http://localhost${path}`;
    const navigation = policiesFor(url).sent;

    for (const [name, headers] of Object.entries(prefetchHeaders)) {
      it(`${path} with ${name}`, () => {
        expect(unstable_doesMiddlewareMatch({ config, url, headers })).toBe(true);
        const { sent, forRendering } = policiesFor(url, headers);
        const nonce = nonceOf(sent);
        expect(nonce).toBeTruthy();
        expect(sent).toContain("'strict-dynamic'");
        expect(forRendering).toBe(sent);
        // The same policy a page load gets, with a nonce of its own.
        expect(sent.replace(nonce!, 'N')).toBe(navigation.replace(nonceOf(navigation)!, 'N'));
        expect(nonce).not.toBe(nonceOf(navigation));
      });
    }
  }

  it('a page load is matched as before', () => {
    for (const path of signedInPages) expect(unstable_doesMiddlewareMatch({ config, url: `http://localhost${path}` })).toBe(true);
  });
});
