/**
 * A post-sign-in destination that stays on this site: a single-slash path, never `//host`,
 * `/\host`, a scheme, or control characters that browsers strip. Anything else goes to `fallback`.
 * The check runs on the normalised path as well as on the input: resolving `/.//evil`, `/..//evil`,
 * `/%2e//evil` or `/a/..//evil` yields `//evil`, which a browser reads as another host.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/workspace'): string {
  if (!candidate || candidate.length > 2000) return fallback;
  if (!isSingleSlashPath(candidate)) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  try {
    const url = new URL(candidate, 'http://duet.invalid');
    if (url.origin !== 'http://duet.invalid') return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return isSingleSlashPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

function isSingleSlashPath(path: string): boolean {
  return path.startsWith('/') && path[1] !== '/' && path[1] !== '\\';
}
