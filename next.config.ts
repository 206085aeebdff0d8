import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Every response. Signed-in pages add a stricter nonce policy (proxy.ts); reader pages are static
  // for everyone, so their inline scripts cannot carry a nonce: scripts from other sites are refused.
  {
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; script-src 'self' 'unsafe-inline'",
  },
];

/*
 * Reader pages are the same for everyone (they are rendered with `dynamic = 'force-static'`, which
 * hides cookies and headers from them), so a CDN or reverse proxy may keep them: a minute fresh,
 * then served stale for up to a day while it fetches a new copy. Publishing purges this server's
 * cache at once (see lib/server/revalidate-public-pages.ts); a CDN catches up within the minute.
 * These headers are chosen by path, before the page is rendered: the same paths' 404s and redirects
 * are sent with `no-store` instead (lib/server/error-cache-control.ts).
 */
const readerCacheControl = 'public, s-maxage=60, stale-while-revalidate=86400';
const readerPages = ['/', '/browse/:page', '/tags/:tag', '/articles/:slug'];

/*
 * The home page's `?page=N` selects a cached page of the listing, which lives under /browse/N so
 * that each page is its own cache entry (query strings are not part of the cache key).
 */
const readerRewrites = [
  { source: '/', has: [{ type: 'query' as const, key: 'page', value: '(?<page>[1-9][0-9]{0,5})' }], destination: '/browse/:page' },
  { source: '/', destination: '/browse/1' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Where builds go (default .next): separate directories let several checkouts' servers build at once.
  distDir: process.env.DUET_BUILD_DIR || '.next',
  // Native and driver packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // `npm run typecheck` (the first step of `npm test` and CI) checks every file, tests and benchmarks
  // included; checking again in every build only makes starting slower.
  typescript: { ignoreBuildErrors: true },
  // An import carries up to two 5 MB files (English and Chinese) plus form overhead. Rendered reader
  // pages stay in memory, so a restarted server (a new build, a restored database) never serves
  // pages rendered from what an older database said.
  experimental: { serverActions: { bodySizeLimit: '12mb' }, isrFlushToDisk: false },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...readerPages.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: readerCacheControl }] })),
    ];
  },
  async rewrites() {
    return { beforeFiles: readerRewrites, afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
