/**
 * A post-sign-in destination that stays on this site: a single-slash path, never `//host`,
 * `/\host`, a scheme, or control characters that browsers strip. Anything else goes to `fallback`.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/workspace'): string {
  if (!candidate || candidate.length > 2000) return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  try {
    const url = new URL(candidate, 'http://duet.invalid');
    return url.origin === 'http://duet.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
