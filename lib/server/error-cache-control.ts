import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

const requestStart = 'http.server.request.start';

/** A page (200) and its "not modified" answer keep their caching headers; nothing else may be cached. */
const isPage = (status: number) => status < 300 || status === 304;

/**
 * Reader pages may be kept by a CDN for a day (their Cache-Control in next.config.ts, and the one
 * Next.js derives from `revalidate`). Those headers are chosen by path before the page is rendered,
 * so a 404 (an article that was just unpublished, a mistyped slug) and a redirect (Next.js's 307 to
 * an RSC request's `_rsc` URL, which a cache that ignores `Vary` would hand to everyone asking for the
 * page) would be sent with them too. Just before a response's
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
