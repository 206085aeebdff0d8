/*
 * The response headers of the reading site's files, one policy for every server that serves them:
 * the front server of `npm start` (lib/site-server), the app's own fallback route and the example
 * nginx configuration (docs/operating.md, checked by a test).
 */

/** Pages carry no inline script or style: the reader script and stylesheet are files of the site. */
export const siteContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src * data:; media-src *; font-src 'self' data:; connect-src 'self'; frame-src https:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

export const siteSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': siteContentSecurityPolicy,
};

/** Assets are named by their content (site-3f2a….css), so a copy never goes stale. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
/**
 * Pages, the feed and the API change when something is published or unpublished: any cache may keep
 * them but must ask again (a 304 from the ETag) before each use, so an unpublished article is gone at once.
 */
export const revalidateCacheControl = 'public, no-cache';

/** The site path of a request (`/assets/site-3f2a.css`) to its Cache-Control. */
export function siteCacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? immutableCacheControl : revalidateCacheControl;
}

/** Content types by extension for files of the site (what sirv and nginx send too). */
export const siteContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
