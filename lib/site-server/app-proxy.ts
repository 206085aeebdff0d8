import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { PayloadTooLargeError } from '../errors.ts';
import { frontClientHeader, frontClientHeaderValue } from '../server/connection-address.ts';

export type Upstream = { host: string; port: number };

export type ClientAddressPolicy = {
  /** DUET_TRUST_PROXY: a reverse proxy in front appends the client's address to X-Forwarded-For. */
  trustProxy: boolean;
  /** Shared with the Next.js server this one started (DUET_FRONT_SECRET); unset, no address is passed on. */
  frontSecret?: string;
};

/** Headers about one connection, not the request (RFC 9110 §7.6.1), plus Expect: this server already answered it. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'upgrade', 'expect']);

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = new Set(String(headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name) && !named.has(name)));
}

/**
 * The request's headers for the app: the client's own, minus connection headers and any copy of the
 * front server's header the client sent. Without DUET_TRUST_PROXY the app pins the address to the
 * connection (lib/server/connection-address.ts), here always 127.0.0.1, so this server names the
 * client's in its header. With it, the app believes the last X-Forwarded-For entry, which the proxy
 * in front appended: the header is passed on as it came (or set, as Next.js does when it is missing).
 */
function upstreamHeaders(request: IncomingMessage, policy: ClientAddressPolicy): IncomingHttpHeaders {
  const headers = withoutHopByHop(request.headers);
  delete headers[frontClientHeader];
  const address = request.socket.remoteAddress;
  if (policy.trustProxy) {
    if (headers['x-forwarded-for'] === undefined && address) headers['x-forwarded-for'] = address;
  } else if (policy.frontSecret && address) {
    headers[frontClientHeader] = frontClientHeaderValue(policy.frontSecret, address);
  }
  return headers;
}

/**
 * The response's headers for the client, in the case the app sent them. A header sent several times
 * (Set-Cookie) becomes a list, which writeHead keeps as separate lines even when headers were set on
 * the response before (a flat list would then keep only the last).
 */
function downstreamHeaders(response: IncomingMessage): Record<string, string | string[]> {
  const named = new Set(String(response.headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase()));
  const headers: Record<string, string[]> = {};
  const spelling = new Map<string, string>();
  for (let index = 0; index < response.rawHeaders.length; index += 2) {
    const name = response.rawHeaders[index]!;
    const lower = name.toLowerCase();
    // Node frames the body for this connection itself (chunked, or closed for HTTP/1.0).
    if (hopByHop.has(lower) || named.has(lower) || lower === 'transfer-encoding') continue;
    if (!spelling.has(lower)) spelling.set(lower, name);
    (headers[spelling.get(lower)!] ??= []).push(response.rawHeaders[index + 1]!);
  }
  return Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values.length === 1 ? values[0]! : values]));
}

/**
 * Passes requests to the Next.js server and streams both bodies through, method, path, headers and
 * status unchanged. When the app cannot be reached the client gets a 502 in plain text.
 */
/**
 * Above every route's own limit (the largest is an import: two 5 MB files and a form, 12 MB). The
 * app refuses a body over its route's limit before reading it all and closes the connection; while a
 * body is still being passed on, that close can come before its answer is read, and the client would
 * get a 502 instead of the 413. A body that says it is larger than this is refused here, with the
 * API's error shape; one that grows past it on the way is cut off the same way.
 */
export const maxForwardedBodyBytes = 16_000_000;

/**
 * Reads the rest of the body into nothing, then answers 413: a client still sending would otherwise
 * see the connection closed (Node.js closes it when the answer ends before the body) and never read
 * the answer. Past four times the limit the connection is closed unanswered.
 */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse): void {
  const error = new PayloadTooLargeError(maxForwardedBodyBytes);
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > 4 * maxForwardedBodyBytes) request.socket.destroy();
  });
  request.on('end', () => {
    response.writeHead(error.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify({ error: { code: error.code, message: error.message } }));
  });
  request.resume();
}

export function appProxy(upstream: Upstream, policy: ClientAddressPolicy, log: (message: string) => void) {
  const agent = new http.Agent({ keepAlive: true });
  const forward = (request: IncomingMessage, response: ServerResponse) => {
    if (Number(request.headers['content-length'] ?? 0) > maxForwardedBodyBytes) return refuseTooLarge(request, response);
    const outgoing = http.request({ agent, host: upstream.host, port: upstream.port, method: request.method, path: request.url, headers: upstreamHeaders(request, policy) });
    let answered = false;
    outgoing.on('response', (answer) => {
      answered = true;
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, downstreamHeaders(answer));
      // The app answered before the whole body came (a 413 for a body over a route's limit): it will
      // not read the rest, so the rest is read into nothing here, letting the client finish sending and
      // read the answer, and the connection to the app, left with half a body, is not used again.
      const bodyLeft = !request.complete;
      if (bodyLeft) {
        request.unpipe(outgoing);
        request.resume();
      }
      pipeline(answer, response, () => {
        if (bodyLeft) outgoing.destroy();
      });
    });
    let clientGone = false;
    outgoing.on('error', (error) => {
      if (clientGone) return;
      // The app closed the connection after answering (see above): the answer still goes to the client.
      if (answered) return;
      if (response.headersSent) return void response.destroy();
      log(`The front server could not reach the app at ${upstream.host}:${upstream.port}: ${error.message}`);
      response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('502 Bad Gateway: the Duet app is not answering. Try again in a moment.\n');
    });
    // The client went away before the answer was complete: stop the app's work on it.
    response.on('close', () => {
      if (response.writableFinished) return;
      clientGone = true;
      outgoing.destroy();
    });
    let received = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxForwardedBodyBytes || answered || refused) return;
      refused = true;
      request.unpipe(outgoing);
      outgoing.destroy();
      clientGone = true;
      refuseTooLarge(request, response);
    });
    request.pipe(outgoing);
  };
  return { forward, close: () => agent.destroy() };
}
