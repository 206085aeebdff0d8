/**
 * Request headers that once let a request past Next.js middleware or proxy (CVE-2025-29927 and later
 * bypasses), or change how a page is answered (an RSC payload, a prefetch, pages-router data). A
 * request carrying one must get no more than the same request without it.
 */
export const bypassHeaders: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { rsc: '1' },
  { 'next-router-prefetch': '1' },
  { 'x-nextjs-data': '1' },
];
