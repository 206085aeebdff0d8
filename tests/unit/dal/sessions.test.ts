import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { authenticateWithPassword, endSessions, findViewerBySession } from '@/lib/dal/accounts/sessions.ts';
import { disableUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

describe('signing in with a password', () => {
  it('accepts the right password and fails the same way for a wrong one, an unknown e-mail or a disabled user', async () => {
    const { user, email, password } = await makeUser('translator');
    const ip = freshIp();
    expect(await authenticateWithPassword({ email: email.toUpperCase(), password, ip })).toEqual({ userId: user.id, sessionVersion: 0 });
    expect(await authenticateWithPassword({ email, password: `${password}!`, ip })).toBeNull();
    expect(await authenticateWithPassword({ email: 'nobody@example.test', password, ip })).toBeNull();
    await disableUser(systemViewer, user.id);
    expect(await authenticateWithPassword({ email, password, ip })).toBeNull();
    const actions = await db.auditEvent.findMany({ where: { ip }, select: { action: true }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['signin.success', 'signin.failure', 'signin.failure', 'signin.failure']);
  });

  it('throttles an account after repeated failures, even when the right password finally comes', async () => {
    const { email, password } = await makeUser('reviewer');
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      // A new address each time: the account limit must hold on its own.
      expect(await authenticateWithPassword({ email, password: 'wrong password', ip: freshIp() })).toBeNull();
    }
    await expect(authenticateWithPassword({ email, password, ip: freshIp() })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('throttles an address that guesses across many accounts', async () => {
    const ip = freshIp();
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_IP;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      await authenticateWithPassword({ email: `ghost-${attempt}@example.test`, password: 'guess', ip });
    }
    const { email, password } = await makeUser('translator');
    await expect(authenticateWithPassword({ email, password, ip })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await authenticateWithPassword({ email, password, ip: freshIp() })).not.toBeNull();
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const { email, password } = await makeUser('translator');
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT;
    for (let attempt = 0; attempt < limit - 1; attempt += 1) {
      await authenticateWithPassword({ email, password: 'wrong password', ip: freshIp() });
    }
    expect(await authenticateWithPassword({ email, password, ip: freshIp() })).not.toBeNull();
    expect(await authenticateWithPassword({ email, password: 'wrong password', ip: freshIp() })).toBeNull();
    expect(await authenticateWithPassword({ email, password, ip: freshIp() })).not.toBeNull();
  });
});

describe('sessions', () => {
  it('signing out ends the session everywhere', async () => {
    const { email, password } = await makeUser('translator');
    const claims = await authenticateWithPassword({ email, password, ip: freshIp() });
    expect(claims).not.toBeNull();
    if (!claims) return;
    expect(await findViewerBySession(claims)).toMatchObject({ email, via: 'session' });
    await endSessions(claims);
    expect(await findViewerBySession(claims)).toBeNull();
  });
});
