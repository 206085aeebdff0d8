/*
 * Which file of the site directory an address names, one rule for every server of it: the front
 * server of `npm start` (lib/site-server) and the app's fallback route (`app/[[...site]]`); the
 * example nginx configuration says the same with `try_files $uri $uri.html $uri.json`.
 */

/**
 * The request's path, decoded as sirv and nginx decode it (`%2F` stays, so an encoded slash never
 * makes a new path part), with `/` as `/index.html`; or null when no file may answer it: a folder
 * address, a NUL, a file being written (`….tmp`) or a part starting with a dot (`.duet/`, `..`).
 */
export function servablePath(rawPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURI(rawPathname);
  } catch {
    return null;
  }
  if (pathname === '/') return '/index.html';
  if (!pathname.startsWith('/') || pathname.endsWith('/') || pathname.includes('\0') || pathname.endsWith('.tmp')) return null;
  return pathname.split('/').some((part) => part.startsWith('.')) ? null : pathname;
}

/** The files a servable path may be, in the order they are looked for: `/articles/x` is `articles/x.html`. */
export function siteFileCandidates(pathname: string): string[] {
  return [pathname, `${pathname}.html`, `${pathname}.json`];
}
