import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { oneAtATime } from '@/lib/dal/core/rate-limit.ts';
import { authenticateWithPassword } from '@/lib/dal/accounts/sessions.ts';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { makeUser } from '../support/factories.ts';

/*
 * The sign-in throttle under simultaneous guesses. Each guess comes from its own address, so the
 * per-account limit has to hold on its own.
 */

let addressCounter = 0;
const freshAddress = () => `198.51.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

const checkedPasswords = (email: string) =>
  db.auditEvent.count({ where: { action: { in: ['signin.failure', 'signin.success'] }, detail: { contains: email } } });

async function outcome(attempt: Promise<unknown>): Promise<'signed in' | 'refused' | 'throttled'> {
  try {
    return (await attempt) === null ? 'refused' : 'signed in';
  } catch (error) {
    // The second instance's RateLimitedError is its own class: compare the stable code.
    if (error instanceof RateLimitedError || (error as { code?: string }).code === 'rate_limited') return 'throttled';
    throw error;
  }
}

describe('a burst of simultaneous sign-in attempts on one account', () => {
  it('checks at most the limit of passwords, across two app instances, and the right one past the limit does not sign in', async () => {
    const { email, password } = await makeUser('admin');
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT;
    expect(limit).toBe(10);
    // A second copy of the data-access layer, with its own database client and in-memory state, is
    // a second app instance sharing the database.
    vi.resetModules();
    const otherInstance = await import('@/lib/dal/accounts/sessions.ts');
    const otherDb = (await import('@/lib/dal/core/db.ts')).db;
    try {
      const attempts = Array.from({ length: 40 }, (_, index) => {
        const signIn = index % 2 === 0 ? authenticateWithPassword : otherInstance.authenticateWithPassword;
        return outcome(signIn({ email, password: index === 39 ? password : `guess number ${index}`, ip: freshAddress() }));
      });
      const outcomes = await Promise.all(attempts);
      expect(outcomes[39]).toBe('throttled');
      expect(outcomes.filter((result) => result === 'signed in')).toEqual([]);
      expect(outcomes.filter((result) => result === 'refused').length).toBeLessThanOrEqual(limit);
      expect(await checkedPasswords(email)).toBeLessThanOrEqual(limit);
    } finally {
      await otherDb.$disconnect();
    }
  });
});

describe('password checks of one account in one process', () => {
  it('run one at a time, and past the queue are refused at once', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const check = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    const lane = 'signin:account:lane@example.test';
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => oneAtATime(lane, 16, check)));
    expect(mostAtOnce).toBe(1);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(16);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof RateLimitedError)).toHaveLength(4);
    // Once the lane has emptied it takes new checks.
    await expect(oneAtATime(lane, 16, check)).resolves.toBeUndefined();
  });
});

describe('auditing refused sign-ins', () => {
  it('writes one row per throttled account and window, not one per attempt', async () => {
    const { email } = await makeUser('translator');
    for (let attempt = 0; attempt < env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect(await outcome(authenticateWithPassword({ email, password: 'wrong password', ip: freshAddress() }))).toBe('refused');
    }
    const throttled = await Promise.all(
      Array.from({ length: 30 }, () => outcome(authenticateWithPassword({ email, password: 'wrong password', ip: freshAddress() }))),
    );
    expect(throttled.every((result) => result === 'throttled')).toBe(true);
    const rows = await db.auditEvent.findMany({ where: { action: 'signin.throttled', detail: { contains: email } }, select: { targetType: true, targetId: true } });
    expect(rows).toEqual([{ targetType: 'account', targetId: email }]);
  });

  it('writes one row per throttled address and window', async () => {
    const address = freshAddress();
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_IP;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      await authenticateWithPassword({ email: `ghost-${attempt}-${crypto.randomUUID()}@example.test`, password: 'guess', ip: address });
    }
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const email = `ghost-late-${attempt}-${crypto.randomUUID()}@example.test`;
      expect(await outcome(authenticateWithPassword({ email, password: 'guess', ip: address }))).toBe('throttled');
    }
    const rows = await db.auditEvent.findMany({ where: { action: 'signin.throttled', ip: address }, select: { targetType: true, targetId: true } });
    expect(rows).toEqual([{ targetType: 'address', targetId: address }]);
  });
});
