import { env } from '@/lib/env.ts';

/**
 * The client address used for per-IP throttling. Behind a reverse proxy (DUET_TRUST_PROXY=true) it
 * is the last address the proxy appended to X-Forwarded-For; without one, Next.js fills that header
 * from the socket only when the client did not send it, so it is taken as given and per-account
 * throttling is the guard that cannot be sidestepped.
 */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address = env.DUET_TRUST_PROXY ? forwarded.at(-1) : forwarded[0];
  return (address ?? headers.get('x-real-ip') ?? 'unknown').slice(0, 64);
}
