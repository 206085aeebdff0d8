import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env.ts';
import { siteOrigin } from '@/lib/domain/reader/site-url.ts';

/**
 * The configured public origin (DUET_PUBLIC_URL), or null. Cached pages use only this: a page built
 * from one request's Host header would be served to everyone, so a forged header could poison it.
 */
export function configuredOrigin(): string | null {
  return siteOrigin(env.DUET_PUBLIC_URL);
}

/** The origin the visitor asked for: Host, and the proxy's X-Forwarded-Proto when DUET_TRUST_PROXY is on. */
function originOfRequest(requestHeaders: Headers): string {
  const host = requestHeaders.get('host') ?? 'localhost';
  const forwarded = env.DUET_TRUST_PROXY ? requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  const protocol = forwarded === 'https' ? 'https' : 'http';
  return siteOrigin(undefined, `${protocol}://${host}`) ?? 'http://localhost';
}

/** For responses built per request (feed, API): the configured origin, else the request's. */
export function originFor(request: Request): string {
  return configuredOrigin() ?? originOfRequest(request.headers);
}

/** For metadata routes (sitemap, robots), which get no Request. */
export async function originFromHeaders(): Promise<string> {
  return configuredOrigin() ?? originOfRequest(await headers());
}
