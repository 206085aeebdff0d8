import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

const requestStart = 'http.server.request.start';

export const untrustedForwardingWarning =
  'A request arrived with X-Forwarded-For, but DUET_TRUST_PROXY is not set: Duet uses the address of the ' +
  'connection and ignores the header. Behind a reverse proxy, every visitor then shares the proxy\'s ' +
  'address (one per-address sign-in limit for all); set DUET_TRUST_PROXY=true if the proxy appends the ' +
  'client address to X-Forwarded-For.';

/**
 * Without a trusted reverse proxy, the client address is the connection's. Next.js keeps an
 * X-Forwarded-For the client sent and fills the header from the socket only when it is missing, so
 * this replaces the header with the connection's address on every request before Next.js reads it
 * (Node's diagnostics channel runs before the server's request handler), and drops X-Real-IP. The
 * first request that carried the header is reported once: the server may be behind a proxy it does
 * not trust. Returns a function that stops it.
 */
export function pinClientAddressToConnection(warn: (message: string) => void = console.warn): () => void {
  let warned = false;
  const onRequest = (message: unknown) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    if (request.headers['x-forwarded-for'] !== undefined && !warned) {
      warned = true;
      warn(untrustedForwardingWarning);
    }
    delete request.headers['x-real-ip'];
    if (socket.remoteAddress) request.headers['x-forwarded-for'] = socket.remoteAddress;
    else delete request.headers['x-forwarded-for'];
  };
  subscribe(requestStart, onRequest);
  return () => void unsubscribe(requestStart, onRequest);
}
