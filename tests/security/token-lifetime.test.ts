import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { changeOwnPassword, setUserPassword } from '@/lib/dal/accounts/passwords.ts';
import { createApiToken, findViewerByApiToken } from '@/lib/dal/accounts/tokens.ts';
import { disableUser, enableUser, setUserRole } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { makeUser } from '../support/factories.ts';

/*
 * An API token is a credential like the password and the sessions: whatever ends those ends the
 * tokens too, so someone who had access before a reset or a disabled account does not keep it
 * through a script. (`duet user set-password`, `user disable` and `user enable` call these.)
 */

async function userWithTokens(role: 'translator' | 'admin' = 'translator') {
  const made = await makeUser(role);
  const first = await createApiToken(systemViewer, made.user.id, 'laptop');
  const second = await createApiToken(systemViewer, made.user.id, 'build server');
  expect(await findViewerByApiToken(first.secret)).toMatchObject({ id: made.user.id, via: 'token' });
  return { ...made, secrets: [first.secret, second.secret] };
}

describe('API tokens', () => {
  it('end when the operator or an admin sets a new password', async () => {
    const { email, secrets } = await userWithTokens();
    await setUserPassword(systemViewer, email);
    for (const secret of secrets) expect(await findViewerByApiToken(secret)).toBeNull();
  });

  it('end when the user changes their own password', async () => {
    const { viewer, password, secrets } = await userWithTokens();
    await changeOwnPassword(viewer, { currentPassword: password, newPassword: 'a brand new passphrase' });
    for (const secret of secrets) expect(await findViewerByApiToken(secret)).toBeNull();
  });

  it('end when the account is disabled, and stay ended when it is enabled again', async () => {
    const { user, secrets } = await userWithTokens();
    await disableUser(systemViewer, user.id);
    for (const secret of secrets) expect(await findViewerByApiToken(secret)).toBeNull();
    await enableUser(systemViewer, user.id);
    for (const secret of secrets) expect(await findViewerByApiToken(secret)).toBeNull();
    const fresh = await createApiToken(systemViewer, user.id, 'after enabling');
    expect(await findViewerByApiToken(fresh.secret)).toMatchObject({ id: user.id });
  });

  it('are listed as revoked, and the audit log says how many ended', async () => {
    const { user, email } = await userWithTokens();
    await setUserPassword(systemViewer, email);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const event = await db.auditEvent.findFirst({ where: { targetId: user.id, action: 'user.password_reset' }, select: { detail: true } });
    expect(JSON.parse(event!.detail)).toMatchObject({ tokensRevoked: 2 });
  });

  it('keep working through a role change, which the token picks up on its next request', async () => {
    const { user, secrets } = await userWithTokens('admin');
    await setUserRole(systemViewer, user.id, 'reviewer');
    expect(await findViewerByApiToken(secrets[0]!)).toMatchObject({ id: user.id, role: 'reviewer' });
  });
});
