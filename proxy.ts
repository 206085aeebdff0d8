import { NextResponse, type NextRequest } from 'next/server';

/*
 * A strict Content-Security-Policy for the pages the app renders with React (the workspace, sign-in):
 * scripts run only with this response's nonce (Next.js reads it from the request's policy
 * header and puts it on its own scripts), so markup injected into a page cannot run script. The
 * reading site's pages (files, and the search page made of their pieces) have no inline script at all
 * and carry the site's own policy (lib/site/headers.ts). Authorization
 * is in the data-access layer, on every request.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
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
  ],
};
