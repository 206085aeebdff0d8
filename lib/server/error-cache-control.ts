import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

const requestStart = 'http.server.request.start';

/** A page (200) and its "not modified" answer keep their caching headers; nothing else may be cached. */
const isPage = (status: number) => status < 300 || status === 304;

/**
 * Public answers of the app may be kept by any cache (the public API, the feed: `public, no-cache`),
 * and a Cache-Control chosen before the answer is known (by path, or the one Next.js derives from a
 * page's `revalidate`) would also go out on a 404 (an article that was just unpublished, a mistyped
 * slug) or a redirect (Next.js's 307 to an RSC request's `_rsc` URL, which a cache that ignores `Vary`
 * would hand to everyone asking for the page). Just before a response's
 * headers go out, when its status is known, this replaces any Cache-Control on a redirect or error with
 * `no-store`. It works on Node's server response (Node's diagnostics channel announces every request
 * before Next.js handles it). Returns a function that stops it.
 */
export function keepRedirectsAndErrorsOutOfCaches(): () => void {
  const onRequest = (message: unknown) => {
    const { response } = message as { response: ServerResponse };
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      const cacheControl = this.getHeader('cache-control');
      if (!isPage(args[0]) && cacheControl !== undefined && !String(cacheControl).includes('no-store')) {
        this.setHeader('cache-control', 'no-store');
      }
      return Reflect.apply(writeHead, this, args) as ServerResponse;
    } as ServerResponse['writeHead'];
  };
  subscribe(requestStart, onRequest);
  return () => void unsubscribe(requestStart, onRequest);
}
