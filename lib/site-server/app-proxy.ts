import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
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
export function appProxy(upstream: Upstream, policy: ClientAddressPolicy, log: (message: string) => void) {
  const agent = new http.Agent({ keepAlive: true });
  const forward = (request: IncomingMessage, response: ServerResponse) => {
    const outgoing = http.request({ agent, host: upstream.host, port: upstream.port, method: request.method, path: request.url, headers: upstreamHeaders(request, policy) });
    outgoing.on('response', (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, downstreamHeaders(answer));
      pipeline(answer, response, () => {});
    });
    let clientGone = false;
    outgoing.on('error', (error) => {
      if (clientGone) return;
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
    request.pipe(outgoing);
  };
  return { forward, close: () => agent.destroy() };
}
