import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/dal/accounts/password-hash.ts';
import { db } from '@/lib/dal/core/db.ts';
import { findViewerBySession } from '@/lib/dal/accounts/sessions.ts';
import { createUser, disableUser, enableUser, listUsers, setUserRole } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const storedUser = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, role: true, disabledAt: true } });

describe('creating users', () => {
  it('stores a memory-hard hash, never the password, and lowercases the e-mail', async () => {
    const { user } = await createUser(systemViewer, { email: ' Mei@Example.TEST ', name: 'Mei', role: 'translator', password: 'a long passphrase' });
    expect(user.email).toBe('mei@example.test');
    const { passwordHash } = await storedUser(user.id);
    expect(passwordHash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(passwordHash).not.toContain('a long passphrase');
    expect(await verifyPassword('a long passphrase', passwordHash)).toBe(true);
    expect(await verifyPassword('a long passphrasE', passwordHash)).toBe(false);
  });

  it('generates a password when none is given, and that password signs in', async () => {
    const { user, generatedPassword } = await createUser(systemViewer, { email: 'gen@example.test', name: 'Gen', role: 'reviewer' });
    expect(generatedPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    expect(await verifyPassword(generatedPassword ?? '', (await storedUser(user.id)).passwordHash)).toBe(true);
  });

  it('refuses a duplicate e-mail and changes nothing', async () => {
    await createUser(systemViewer, { email: 'dup@example.test', name: 'First', role: 'translator', password: 'first password' });
    await expect(
      createUser(systemViewer, { email: 'DUP@example.test', name: 'Second', role: 'admin', password: 'second password' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const rows = await db.user.findMany({ where: { email: 'dup@example.test' }, select: { name: true, role: true } });
    expect(rows).toEqual([{ name: 'First', role: 'translator' }]);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await db.user.count();
    const attempt = createUser(systemViewer, { email: 'not-an-email', name: '', role: 'boss' as never, password: 'short' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await attempt.catch((error: ValidationError) => {
      expect(Object.keys(error.fieldErrors).sort()).toEqual(['email', 'name', 'password', 'role']);
    });
    expect(await db.user.count()).toBe(before);
  });

  it('is refused to translators and reviewers, who cannot even see the user list', async () => {
    for (const role of ['translator', 'reviewer'] as const) {
      const { viewer } = await makeUser(role);
      await expect(
        createUser(viewer, { email: `sneaky-${role}@example.test`, name: 'Sneaky', role: 'admin', password: 'sneaky password' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(listUsers(viewer)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.user.count({ where: { email: `sneaky-${role}@example.test` } })).toBe(0);
    }
  });
});

describe('changing access', () => {
  it('ends existing sessions on role change and on disable, and records both', async () => {
    const { user } = await makeUser('reviewer');
    const admin = await makeUser('admin');
    const claims = { userId: user.id, sessionVersion: (await storedUser(user.id)).sessionVersion };
    expect(await findViewerBySession(claims)).toMatchObject({ id: user.id, role: 'reviewer' });

    await setUserRole(admin.viewer, user.id, 'translator');
    expect(await findViewerBySession(claims)).toBeNull();
    const afterRole = { userId: user.id, sessionVersion: (await storedUser(user.id)).sessionVersion };
    expect(await findViewerBySession(afterRole)).toMatchObject({ role: 'translator' });

    await disableUser(admin.viewer, user.id);
    expect(await findViewerBySession(afterRole)).toBeNull();
    const afterDisable = { userId: user.id, sessionVersion: (await storedUser(user.id)).sessionVersion };
    expect(await findViewerBySession(afterDisable)).toBeNull();

    await enableUser(admin.viewer, user.id);
    const events = await db.auditEvent.findMany({ where: { targetId: user.id }, select: { action: true, actorId: true } });
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.role_change', 'user.disable', 'user.enable']),
    );
    expect(events.find((event) => event.action === 'user.disable')?.actorId).toBe(admin.user.id);
  });

  it('does not let a translator change anyone, and does not let an admin lock themselves out', async () => {
    const target = await makeUser('reviewer');
    const translator = await makeUser('translator');
    await expect(setUserRole(translator.viewer, target.user.id, 'admin')).rejects.toBeInstanceOf(NotFoundError);
    await expect(disableUser(translator.viewer, target.user.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedUser(target.user.id)).toMatchObject({ role: 'reviewer', disabledAt: null });

    const admin = await makeUser('admin');
    await expect(disableUser(admin.viewer, admin.user.id)).rejects.toBeInstanceOf(ValidationError);
    expect((await storedUser(admin.user.id)).disabledAt).toBeNull();
  });
});
