import 'server-only';
import { decoyPasswordHash, verifyPassword } from './password-hash.ts';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { clearHits, oneAtATime, releaseHits, reserveInWindow, secondsUntilWindowFrees, takeFromWindow } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type SessionClaims = { userId: string; sessionVersion: number };

const accountKey = (email: string) => `signin:account:${email}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

/** Password checks of one account waiting or running in this process; more are refused at once. */
const maxQueuedChecksPerAccount = 16;

/**
 * Checks an e-mail and password. Each attempt is reserved against the account's and the address's
 * failure limits before any hashing, and the reservation is what counts as the failure, so a burst
 * of simultaneous guesses gets no more password checks than the limit, on any number of app
 * instances; an account's checks also run one at a time in each process. Unknown e-mails, wrong
 * passwords and disabled accounts all fail the same way and take the same time.
 */
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<SessionClaims | null> {
  const email = input.email.trim().toLowerCase();
  return oneAtATime(accountKey(email), maxQueuedChecksPerAccount, () => checkPassword(email, input.password, input.ip));
}

async function checkPassword(email: string, password: string, ip: string): Promise<SessionClaims | null> {
  const window = env.DUET_SIGNIN_WINDOW_SECONDS;
  const limits = [
    { scope: 'account', target: email, key: accountKey(email), max: env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT },
    { scope: 'address', target: ip, key: ipKey(ip), max: env.DUET_SIGNIN_MAX_FAILURES_PER_IP },
  ] as const;
  const reserved: string[] = [];
  for (const limit of limits) {
    const hit = await reserveInWindow(limit.key, limit.max, window);
    if (hit === null) {
      await releaseHits(reserved);
      await auditThrottledOncePerWindow(limit, email, ip);
      throw new RateLimitedError(await secondsUntilWindowFrees(limit.key, window));
    }
    reserved.push(hit);
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? decoyPasswordHash);
  if (!user || !passwordMatches || user.disabledAt) {
    await recordAudit(db, null, { action: 'signin.failure', detail: { email }, ip });
    return null;
  }
  // A success is no failure: the account's count starts again and the address's attempt is given back.
  await clearHits(accountKey(email));
  await releaseHits(reserved);
  await recordAudit(db, { id: user.id }, {
    action: 'signin.success',
    targetType: 'user',
    targetId: user.id,
    ip,
  });
  return { userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * Refused attempts cost no hashing, so auditing each would let anyone fill the log at no cost: the
 * first refusal of an account or address in a window is audited, and the rest write no row.
 */
async function auditThrottledOncePerWindow(
  limit: { scope: 'account' | 'address'; target: string; key: string },
  email: string,
  ip: string,
): Promise<void> {
  const window = env.DUET_SIGNIN_WINDOW_SECONDS;
  if ((await reserveInWindow(`audited:${limit.key}`, 1, window)) === null) return;
  await recordAudit(db, null, {
    action: 'signin.throttled',
    targetType: limit.scope,
    targetId: limit.target,
    detail: { email, windowSeconds: window },
    ip,
  });
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
