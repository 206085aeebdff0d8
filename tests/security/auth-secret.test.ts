import { describe, expect, it } from 'vitest';
import { readAuthSecret } from '@/lib/auth/secret.ts';

/** Whoever knows the secret can sign a session cookie for any account. */
describe('the session signing secret', () => {
  it('accepts a long random secret', () => {
    const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64url');
    expect(readAuthSecret(secret)).toBe(secret);
  });

  it.each([
    ['too short', 'Zq8#kL2!mN4$pR6'],
    ['repetitive', 'abababababababababababababababababababab'],
    ['a placeholder', 'change-me-to-a-long-random-string-please-0123'],
    ['a placeholder', 'your-secret-here-make-it-long-and-random-0123'],
  ])('refuses one that is %s', (_why, secret) => {
    expect(() => readAuthSecret(secret)).toThrow(/AUTH_SECRET/);
  });
});
