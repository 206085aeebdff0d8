import { timingSafeEqual } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';

const requestStart = 'http.server.request.start';

export const untrustedForwardingWarning =
  'A request arrived with X-Forwarded-For, but DUET_TRUST_PROXY is not set: Duet uses the address of the ' +
  'connection and ignores the header. Behind a reverse proxy, every visitor then shares the proxy\'s ' +
  'address (one per-address sign-in limit for all); set DUET_TRUST_PROXY=true if the proxy appends the ' +
  'client address to X-Forwarded-For.';

/*
 * `npm start` puts a front server (lib/site-server/front-server.ts) before Next.js, which then sees
 * every request come from 127.0.0.1. The front server names the address of its own client in this
 * header, with a secret made anew at each start and given only to the Next.js it started
 * (DUET_FRONT_SECRET), so a client cannot choose its address by sending the header itself.
 */
export const frontClientHeader = 'x-duet-front-client';
const minimumSecretLength = 32;

/** The header's value: the secret, a space, the client's address. */
export function frontClientHeaderValue(secret: string, address: string): string {
  return `${secret} ${address}`;
}

/** The address in the header when it carries the secret, else undefined. */
function addressVouchedFor(value: string | string[] | undefined, secret: Buffer | null): string | undefined {
  if (secret === null || typeof value !== 'string') return undefined;
  const space = value.indexOf(' ');
  const given = Buffer.from(value.slice(0, Math.max(space, 0)));
  if (given.length !== secret.length || !timingSafeEqual(given, secret)) return undefined;
  const address = value.slice(space + 1);
  return isIP(address) ? address : undefined;
}

/**
 * Without a trusted reverse proxy, the client address is the connection's, or the one the front
 * server of `npm start` vouches for (`frontSecret`, at least 32 characters). Next.js keeps an
 * X-Forwarded-For the client sent and fills the header from the socket only when it is missing, so
 * this replaces the header with that address on every request before Next.js reads it (Node's
 * diagnostics channel runs before the server's request handler), and drops X-Real-IP and the front
 * server's header. The first request that carried X-Forwarded-For is reported once: the server may be
 * behind a proxy it does not trust. Returns a function that stops it.
 */
export function pinClientAddressToConnection(
  warn: (message: string) => void = console.warn,
  frontSecret: string | undefined = process.env.DUET_FRONT_SECRET,
): () => void {
  const secret = frontSecret && frontSecret.length >= minimumSecretLength ? Buffer.from(frontSecret) : null;
  let warned = false;
  const onRequest = (message: unknown) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const vouched = addressVouchedFor(request.headers[frontClientHeader], secret);
    delete request.headers[frontClientHeader];
    if (request.headers['x-forwarded-for'] !== undefined && !warned) {
      warned = true;
      warn(untrustedForwardingWarning);
    }
    delete request.headers['x-real-ip'];
    const address = vouched ?? socket.remoteAddress;
    if (address) request.headers['x-forwarded-for'] = address;
    else delete request.headers['x-forwarded-for'];
  };
  subscribe(requestStart, onRequest);
  return () => void unsubscribe(requestStart, onRequest);
}
