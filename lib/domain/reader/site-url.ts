/**
 * The origin absolute links are built from: the configured public URL when there is one, otherwise
 * the origin of the request (only for responses that are not shared between hosts).
 */
export function siteOrigin(configured: string | undefined, requestUrl?: string): string | null {
  const candidate = configured ?? requestUrl;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // A configured URL may put the site under a path; a request's path is only that request's.
    return configured ? url.origin + url.pathname.replace(/\/+$/, '') : url.origin;
  } catch {
    return null;
  }
}

export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

export function absoluteUrl(origin: string, path: string): string {
  return `${origin}${path}`;
}

/** A row's element id in an article page: `#p-3` links to the third paragraph. */
export function paragraphId(position: number): string {
  return `p-${position}`;
}
