import { env } from '@/lib/env.ts';

/**
 * The client address used for per-address throttling and the audit log. Behind a reverse proxy
 * (DUET_TRUST_PROXY=true) it is the last address the proxy appended to X-Forwarded-For (or its
 * X-Real-IP). Without one, the server replaced whatever X-Forwarded-For the client sent with the
 * connection's address (lib/server/connection-address.ts), so a client cannot choose it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address = env.DUET_TRUST_PROXY ? (forwarded.at(-1) ?? headers.get('x-real-ip')) : forwarded.length === 1 ? forwarded[0] : undefined;
  return (address ?? 'unknown').slice(0, 64);
}
