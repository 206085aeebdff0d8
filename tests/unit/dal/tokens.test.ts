import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { createApiToken, findViewerByApiToken, revokeApiToken } from '@/lib/dal/accounts/tokens.ts';
import { disableUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

describe('API tokens', () => {
  it('speak for their user until revoked, and only a hash is stored', async () => {
    const { user, email } = await makeUser('reviewer');
    const token = await createApiToken(systemViewer, user.id, 'import script');
    expect(token.secret).toMatch(/^duet_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token.secret.slice(5));
    expect(await findViewerByApiToken(token.secret)).toMatchObject({ id: user.id, email, role: 'reviewer', via: 'token' });
    expect(await findViewerByApiToken(`${token.secret}x`)).toBeNull();
    expect(await findViewerByApiToken('duet_forged')).toBeNull();

    await revokeApiToken(systemViewer, token.id);
    expect(await findViewerByApiToken(token.secret)).toBeNull();
    await expect(revokeApiToken(systemViewer, token.id)).rejects.toBeInstanceOf(NotFoundError);
    const actions = await db.auditEvent.findMany({ where: { targetId: token.id }, select: { action: true } });
    expect(actions.map((event) => event.action).sort()).toEqual(['token.create', 'token.revoke']);
  });

  it('stop working when their user is disabled', async () => {
    const { user } = await makeUser('translator');
    const token = await createApiToken(systemViewer, user.id, 'cli');
    await disableUser(systemViewer, user.id);
    expect(await findViewerByApiToken(token.secret)).toBeNull();
  });

  it('cannot be made or revoked for someone else by a non-admin', async () => {
    const owner = await makeUser('reviewer');
    const other = await makeUser('translator');
    await expect(createApiToken(other.viewer, owner.user.id, 'stolen')).rejects.toBeInstanceOf(NotFoundError);
    const token = await createApiToken(owner.viewer, owner.user.id, 'mine');
    await expect(revokeApiToken(other.viewer, token.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findViewerByApiToken(token.secret)).not.toBeNull();
  });
});
