import 'server-only';
import { decoyPasswordHash, verifyPassword } from '@/lib/auth/password.ts';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { recordAudit } from './audit.ts';
import { db } from './db.ts';
import { clearHits, countRecentHits, recordHit, secondsUntilWindowFrees, takeFromWindow } from './rate-limit.ts';
import type { Viewer } from './viewer-types.ts';

export type SessionClaims = { userId: string; sessionVersion: number };

const accountKey = (email: string) => `signin:account:${email}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

/**
 * Checks an e-mail and password. Throttling is checked before any hashing, so a flood of guesses
 * costs the server nothing; unknown e-mails, wrong passwords and disabled accounts all fail the same
 * way and take the same time.
 */
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<SessionClaims | null> {
  const email = input.email.trim().toLowerCase();
  const window = env.DUET_SIGNIN_WINDOW_SECONDS;
  const limits = [
    { key: accountKey(email), max: env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT },
    { key: ipKey(input.ip), max: env.DUET_SIGNIN_MAX_FAILURES_PER_IP },
  ];
  for (const limit of limits) {
    if ((await countRecentHits(limit.key, window)) >= limit.max) {
      await recordAudit(db, null, { action: 'signin.throttled', detail: { email }, ip: input.ip });
      throw new RateLimitedError(await secondsUntilWindowFrees(limit.key, window));
    }
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? decoyPasswordHash);
  if (!user || !passwordMatches || user.disabledAt) {
    await Promise.all(limits.map((limit) => recordHit(limit.key)));
    await recordAudit(db, null, { action: 'signin.failure', detail: { email }, ip: input.ip });
    return null;
  }
  await clearHits(accountKey(email));
  await recordAudit(db, { id: user.id }, {
    action: 'signin.success',
    targetType: 'user',
    targetId: user.id,
    ip: input.ip,
  });
  return { userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * A password check outside sign-in (a signed-in user confirming theirs) takes one attempt from the
 * account's sign-in failure budget before any hashing, or throws RateLimitedError when it is spent:
 * a stolen session cannot be used to guess the password. The attempt counts as a failure until
 * `forgetPasswordFailures` clears the account's count after a right password. It is taken before the
 * check (not counted afterwards, as sign-in does) so that simultaneous guesses cannot all slip through.
 */
export async function takePasswordAttempt(email: string): Promise<void> {
  await takeFromWindow(accountKey(email), env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT, env.DUET_SIGNIN_WINDOW_SECONDS);
}

export async function forgetPasswordFailures(email: string): Promise<void> {
  await clearHits(accountKey(email));
}

/**
 * The viewer a session speaks for, re-read from the database: a disabled user, a changed role or a
 * signed-out session (older sessionVersion) takes effect on the very next request.
 */
export async function findViewerBySession(claims: SessionClaims): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  const { id, email, name, role } = user;
  return { kind: 'user', id, email, name, role, via: 'session' };
}

/** Signing out ends every session of the user, not only the cookie in this browser. */
export async function endSessions(claims: SessionClaims): Promise<void> {
  await db.user.updateMany({
    where: { id: claims.userId, sessionVersion: claims.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
