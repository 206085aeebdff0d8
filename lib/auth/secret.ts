import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The key that signs session cookies. Deployments set AUTH_SECRET (the same value on every instance).
 * A single-machine install without it gets a random one, generated once by `duet setup` and kept in
 * data/auth-secret, so `npm start` works on a fresh clone and restarts keep sessions.
 */
export const secretFile = path.join(process.cwd(), 'data', 'auth-secret');
const minimumLength = 32;

export function ensureLocalSecret(): void {
  if (existsSync(secretFile)) return;
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64url');
  writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
}

/** Placeholders copied from examples, and long strings of few characters ("aaaa…", "12341234…"). */
const placeholder = /change.?me|changeit|replace.?me|your.?secret|^(secret|password)/i;
const minimumDistinctCharacters = 12;

export function readAuthSecret(fromEnv: string | undefined): string {
  const secret = fromEnv?.trim() || (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '');
  if (!secret) throw new Error('AUTH_SECRET is not set and data/auth-secret is missing: run `npm run duet -- setup`');
  if (secret.length < minimumLength) throw new Error(`AUTH_SECRET must be at least ${minimumLength} characters`);
  if (placeholder.test(secret) || new Set(secret).size < minimumDistinctCharacters) {
    throw new Error('AUTH_SECRET is guessable: generate one with `openssl rand -base64 48`');
  }
  return secret;
}
