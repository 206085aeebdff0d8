import { NextResponse, type NextRequest } from 'next/server';
import { articleSlugOf, isArticleHiddenFromReaders } from '@/lib/server/reader-gate.ts';

/*
 * A strict Content-Security-Policy for the signed-in pages: scripts run only with this response's
 * nonce (Next.js reads it from the request's policy header and puts it on its own scripts), so
 * markup injected into a page cannot run script. Reader pages are static and cached for everyone
 * (next.config.ts), so they cannot carry a per-response nonce; they keep the static policy there and
 * rely on sanitized rendering. Authorization is in the data-access layer, on every request; this file
 * only keeps cached reader pages of articles no longer published from being served (gateReaderArticle).
 */
export function proxy(request: NextRequest) {
  const slug = articleSlugOf(request.nextUrl.pathname);
  if (slug !== null) return gateReaderArticle(request, slug);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * Where an article readers may not open is sent: an article page whose slug no article can have
 * (lib/validation/articles.ts allows no `_`), so it is the 404 any unknown slug gets, with the same
 * headers, rendered once and then kept in the page cache.
 */
export const notPublishedPath = '/articles/_not-published';

/*
 * Reader article pages come from Next.js's page cache, which can hold a page rendered just before an
 * unpublish (lib/server/reader-gate.ts). An article the database no longer publishes gets the 404
 * page instead, with status 404 (and so `no-store`: lib/server/error-cache-control.ts), for the page,
 * its RSC payload and anything under it. Published articles pass untouched: no nonce, still cached.
 */
function gateReaderArticle(request: NextRequest, slug: string) {
  if (!isArticleHiddenFromReaders(slug)) return NextResponse.next();
  // The query stays: an RSC request's `_rsc` is checked against its headers wherever it is sent.
  const notFound = request.nextUrl.clone();
  notFound.pathname = notPublishedPath;
  return NextResponse.rewrite(notFound);
}

export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // React writes style attributes; style injection cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  matcher: [
    /*
     * Every request, prefetches included. The Next.js docs' example skips requests that carry
     * `Next-Router-Prefetch` or `Purpose: prefetch`, but those are answered with the page itself
     * (its RSC payload, or its HTML when a client sends the header with a plain GET), which would then
     * arrive with no nonce policy; the header costs nothing on a response that has no scripts.
     */
    '/(workspace|admin|signin)(.*)',
    // Reader articles, only to refuse unpublished ones (gateReaderArticle).
    '/articles/:path+',
  ],
};
