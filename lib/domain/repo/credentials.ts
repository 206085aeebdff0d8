/**
 * Credentials of a Git remote come from its URL (`https://user:token@host/…`) or the environment;
 * they must never reach a log, a page or an error. Everything Duet says about a repository goes
 * through `scrubCredentials`.
 */

const userInfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi;

/** The URL's user name and password (raw and decoded), for removing them from any text. */
export function secretsOfUrl(url: string): string[] {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/\s@]*)@/i.exec(url.trim());
  if (!match) return [];
  const parts = match[1]!.split(':');
  return parts.flatMap((part) => [part, safeDecode(part)]).filter((part) => part.length >= 3);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `text` with every URL's user information replaced by `***` and each of `secrets` (passwords,
 * tokens, an Authorization header's value) replaced wherever it appears.
 */
export function scrubCredentials(text: string, secrets: readonly string[] = []): string {
  let scrubbed = text.replace(userInfo, '$1***@');
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 3) scrubbed = scrubbed.replaceAll(secret, '***');
  }
  return scrubbed;
}
