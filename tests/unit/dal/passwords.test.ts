import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { changeOwnPassword, setUserPassword } from '@/lib/dal/accounts/passwords.ts';
import { authenticateWithPassword, findViewerBySession } from '@/lib/dal/accounts/sessions.ts';
import { disableUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { env } from '@/lib/env.ts';
import { NotFoundError, RateLimitedError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

// Counts the scrypt work, to show that a throttled attempt is refused before any of it.
const scrypt = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@/lib/dal/accounts/password-hash.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/dal/accounts/password-hash.ts')>();
  return {
    ...actual,
    hashPassword: (password: string) => ((scrypt.calls += 1), actual.hashPassword(password)),
    verifyPassword: (password: string, stored: string) => ((scrypt.calls += 1), actual.verifyPassword(password, stored)),
  };
});

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

const storedAccount = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

async function signInTwice(email: string, password: string) {
  const first = await authenticateWithPassword({ email, password, ip: freshIp() });
  const second = await authenticateWithPassword({ email, password, ip: freshIp() });
  if (!first || !second) throw new Error('the test user could not sign in');
  return [first, second];
}

async function validationFields(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return Object.keys((error as ValidationError).fieldErrors).sort();
}

describe('changing one’s own password', () => {
  it('ends every session, retires the old password, lets the new one sign in, and is audited', async () => {
    const { user, viewer, email, password } = await makeUser('translator');
    const sessions = await signInTwice(email, password);
    await changeOwnPassword(viewer, { currentPassword: password, newPassword: 'a brand new passphrase' });
    for (const claims of sessions) expect(await findViewerBySession(claims)).toBeNull();
    expect(await authenticateWithPassword({ email, password, ip: freshIp() })).toBeNull();
    const fresh = await authenticateWithPassword({ email, password: 'a brand new passphrase', ip: freshIp() });
    expect(fresh).not.toBeNull();
    expect(await findViewerBySession(fresh!)).toMatchObject({ id: user.id });
    const events = await db.auditEvent.findMany({ where: { targetId: user.id, action: 'user.password_change' }, select: { actorId: true, detail: true } });
    expect(events).toEqual([{ actorId: user.id, detail: '{}' }]);
  });

  it('refuses a wrong current password with a field error and changes neither the password nor the sessions', async () => {
    const { user, viewer, email, password } = await makeUser('reviewer');
    const [claims] = await signInTwice(email, password);
    const before = await storedAccount(user.id);
    expect(await validationFields(changeOwnPassword(viewer, { currentPassword: 'not my password', newPassword: 'a brand new passphrase' }))).toEqual([
      'currentPassword',
    ]);
    expect(await storedAccount(user.id)).toEqual(before);
    expect(await findViewerBySession(claims!)).toMatchObject({ id: user.id });
    expect(await authenticateWithPassword({ email, password: 'a brand new passphrase', ip: freshIp() })).toBeNull();
  });

  it('holds the new password to the rules for any password, and refuses the current one again', async () => {
    const { user, viewer, password } = await makeUser('translator');
    const before = await storedAccount(user.id);
    expect(await validationFields(changeOwnPassword(viewer, { currentPassword: password, newPassword: 'short' }))).toEqual(['newPassword']);
    expect(await validationFields(changeOwnPassword(viewer, { currentPassword: password, newPassword: password }))).toEqual(['newPassword']);
    expect(await validationFields(changeOwnPassword(viewer, { currentPassword: '', newPassword: 'a brand new passphrase' }))).toEqual([
      'currentPassword',
    ]);
    expect(await storedAccount(user.id)).toEqual(before);
  });

  it('counts wrong current passwords against the sign-in throttle, which then refuses before any hashing', async () => {
    const { user, viewer, email, password } = await makeUser('translator');
    const limit = env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT;
    // Failed sign-ins and wrong current passwords fill the same per-account budget.
    await authenticateWithPassword({ email, password: 'a wrong guess', ip: freshIp() });
    for (let attempt = 1; attempt < limit; attempt += 1) {
      await expect(changeOwnPassword(viewer, { currentPassword: `guess ${attempt}`, newPassword: 'a brand new passphrase' })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    const before = await storedAccount(user.id);
    const hashingBefore = scrypt.calls;
    await expect(changeOwnPassword(viewer, { currentPassword: password, newPassword: 'a brand new passphrase' })).rejects.toBeInstanceOf(RateLimitedError);
    expect(scrypt.calls).toBe(hashingBefore);
    expect(await storedAccount(user.id)).toEqual(before);
    await expect(authenticateWithPassword({ email, password, ip: freshIp() })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('acts only on the signed-in user’s own account', async () => {
    const owner = await makeUser('translator', 'the owner’s own password');
    const other = await makeUser('admin');
    const ownerBefore = await storedAccount(owner.user.id);
    const otherBefore = await storedAccount(other.user.id);
    const theirs = { currentPassword: owner.password, newPassword: 'taken over by someone else' };
    // Another user's session checks the password against its own account, and can name no other.
    expect(await validationFields(changeOwnPassword(other.viewer, theirs))).toEqual(['currentPassword']);
    await expect(changeOwnPassword(other.viewer, { ...theirs, userId: owner.user.id } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(changeOwnPassword(systemViewer, theirs)).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedAccount(owner.user.id)).toEqual(ownerBefore);
    expect(await storedAccount(other.user.id)).toEqual(otherBefore);
    expect(await authenticateWithPassword({ email: owner.email, password: 'taken over by someone else', ip: freshIp() })).toBeNull();
    expect(await authenticateWithPassword({ email: owner.email, password: owner.password, ip: freshIp() })).not.toBeNull();
  });

  it('is refused to a disabled account', async () => {
    const { user, viewer, password } = await makeUser('translator');
    await disableUser(systemViewer, user.id);
    const before = await storedAccount(user.id);
    await expect(changeOwnPassword(viewer, { currentPassword: password, newPassword: 'a brand new passphrase' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedAccount(user.id)).toEqual(before);
  });
});

describe('setting someone’s password', () => {
  it('lets an admin set a generated password that is shown once, ending the user’s sessions', async () => {
    const admin = await makeUser('admin');
    const { user, email, password } = await makeUser('reviewer');
    const sessions = await signInTwice(email, password);
    const result = await setUserPassword(admin.viewer, email.toUpperCase());
    expect(result.email).toBe(email);
    expect(result.generatedPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    for (const claims of sessions) expect(await findViewerBySession(claims)).toBeNull();
    expect(await authenticateWithPassword({ email, password, ip: freshIp() })).toBeNull();
    expect(await authenticateWithPassword({ email, password: result.generatedPassword!, ip: freshIp() })).not.toBeNull();
    const [event] = await db.auditEvent.findMany({ where: { targetId: user.id, action: 'user.password_reset' }, select: { actorId: true, detail: true } });
    expect(event?.actorId).toBe(admin.user.id);
    expect(event?.detail).not.toContain(result.generatedPassword!);
  });

  it('lets the command line set a chosen password, and clears the account’s failed attempts', async () => {
    const { email } = await makeUser('translator');
    for (let attempt = 0; attempt < env.DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      await authenticateWithPassword({ email, password: `guess ${attempt}`, ip: freshIp() });
    }
    expect(await setUserPassword(systemViewer, email, 'chosen by the operator')).toEqual({ email, generatedPassword: null });
    expect(await authenticateWithPassword({ email, password: 'chosen by the operator', ip: freshIp() })).not.toBeNull();
  });

  it('is refused to translators and reviewers, to an admin for their own account, and for bad input, changing nothing', async () => {
    const { user, email } = await makeUser('translator');
    const before = await storedAccount(user.id);
    for (const role of ['translator', 'reviewer'] as const) {
      const { viewer } = await makeUser(role);
      await expect(setUserPassword(viewer, email, 'chosen by an intruder')).rejects.toBeInstanceOf(NotFoundError);
      await expect(setUserPassword(viewer, email)).rejects.toBeInstanceOf(NotFoundError);
    }
    const admin = await makeUser('admin');
    expect(await validationFields(setUserPassword(admin.viewer, email, 'short'))).toEqual(['password']);
    await expect(setUserPassword(admin.viewer, 'nobody@example.test')).rejects.toBeInstanceOf(NotFoundError);
    const adminBefore = await storedAccount(admin.user.id);
    await expect(setUserPassword(admin.viewer, admin.email, 'skipping the current one')).rejects.toBeInstanceOf(ValidationError);
    expect(await storedAccount(user.id)).toEqual(before);
    expect(await storedAccount(admin.user.id)).toEqual(adminBefore);
    expect(await db.auditEvent.count({ where: { action: 'user.password_reset', targetId: { in: [user.id, admin.user.id] } } })).toBe(0);
  });
});
