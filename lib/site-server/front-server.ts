import { createServer, type Server } from 'node:http';
import { appProxy, type ClientAddressPolicy, type Upstream } from './app-proxy.ts';
import { publicFileServer, siteFileServer } from './static-files.ts';

export type FrontServerOptions = {
  /** The reading site as files (lib/site/config.ts `siteDirectory()`). */
  siteDir: string;
  /** Next.js's `public/` folder. */
  publicDir: string;
  /** The Next.js server, on loopback. */
  upstream: Upstream;
  /** DUET_TRUST_PROXY (default false). */
  trustProxy?: boolean;
  /** DUET_FRONT_SECRET given to that Next.js server, to pass the client's address on (lib/server/connection-address.ts). */
  frontSecret?: string;
  log?: (message: string) => void;
};

/** Paths only the app answers, sent on without looking for a file. */
const appOnly = /^\/_next\//;

/**
 * The server `npm start` listens with (lib/cli/start.ts). A GET or HEAD is answered from the reading
 * site's files when one matches, then from `public/`; everything else (other methods, the workspace,
 * the private API, sign-in, search, Next.js's own files, and any URL no file answers, such as an
 * article not published, whose 404 page the app renders) goes to Next.js. The returned server is not
 * listening yet.
 */
export function createFrontServer(options: FrontServerOptions): Server {
  const siteFiles = siteFileServer(options.siteDir);
  const publicFiles = publicFileServer(options.publicDir);
  const policy: ClientAddressPolicy = { trustProxy: options.trustProxy ?? false, frontSecret: options.frontSecret };
  const app = appProxy(options.upstream, policy, options.log ?? console.error);
  const server = createServer((request, response) => {
    const fromFiles = (request.method === 'GET' || request.method === 'HEAD') && !appOnly.test(request.url ?? '/');
    if (fromFiles && (siteFiles(request, response) || publicFiles(request, response))) return;
    app.forward(request, response);
  });
  server.on('close', app.close);
  return server;
}
