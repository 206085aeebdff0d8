import 'server-only';
import { publicCacheControl } from '@/lib/api/define-public-route.ts';
import { siteOrigin } from '@/lib/domain/reader/site-url.ts';
import { env } from '@/lib/env.ts';

/**
 * The configured public origin (DUET_PUBLIC_URL), or null. Cached pages use only this: a page built
 * from one request's Host header would be served to everyone, so a forged header could poison it.
 */
export function configuredOrigin(): string | null {
  return siteOrigin(env.DUET_PUBLIC_URL);
}

/** A link for a response any cache may share: absolute with the configured origin, else just the path. */
export function shareableUrl(path: string): string {
  return `${configuredOrigin() ?? ''}${path}`;
}

/** Sent with links built from the request's Host: no cache may hand them to another visitor. */
const requestOriginCacheControl = 'private, no-store';

/**
 * For formats whose links must be absolute (Atom, sitemap, robots.txt): the origin to build them
 * from and the Cache-Control that goes with it. The configured origin may be cached and shared; the
 * request's Host may not, or one forged header would be served to everyone.
 */
export function linkOriginFor(request: Request): { origin: string; cacheControl: string } {
  const configured = configuredOrigin();
  if (configured) return { origin: configured, cacheControl: publicCacheControl };
  return { origin: originOfRequest(request.headers), cacheControl: requestOriginCacheControl };
}

// host[:port]: a DNS name or IPv4 address (`_` for container names) or a bracketed IPv6 address.
const hostPattern = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const unknownHostOrigin = 'http://localhost';

/**
 * The origin the visitor asked for: Host, and the proxy's X-Forwarded-Proto when DUET_TRUST_PROXY is
 * on. X-Forwarded-Host is never read; a Host that is not a well-formed host[:port] is ignored.
 */
function originOfRequest(requestHeaders: Headers): string {
  const host = requestHeaders.get('host') ?? '';
  if (!hostPattern.test(host)) return unknownHostOrigin;
  const forwarded = env.DUET_TRUST_PROXY ? requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  const protocol = forwarded === 'https' ? 'https' : 'http';
  return siteOrigin(undefined, `${protocol}://${host}`) ?? unknownHostOrigin;
}
