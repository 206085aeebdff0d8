import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Every response the app renders. Its own pages add a stricter nonce policy (proxy.ts); the reading
  // site's files have their own policy, with no inline script (lib/site/headers.ts).
  {
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; script-src 'self' 'unsafe-inline'",
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Where builds go (default .next): separate directories let several checkouts' servers build at once.
  distDir: process.env.DUET_BUILD_DIR || '.next',
  // Native and driver packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'lightningcss'],
  // `npm run typecheck` (the first step of `npm test` and CI) checks every file, tests and benchmarks
  // included; checking again in every build only makes starting slower.
  typescript: { ignoreBuildErrors: true },
  // An import carries up to two 5 MB files (English and Chinese) plus form overhead.
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
