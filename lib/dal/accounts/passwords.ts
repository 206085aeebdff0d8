import 'server-only';
import { generatePassword, hashPassword, verifyPassword } from './password-hash.ts';
import { can } from '@/lib/domain/permissions.ts';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { changePasswordSchema, setPasswordSchema, type ChangePasswordInput } from '@/lib/validation/users.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { forgetPasswordFailures, takePasswordAttempt } from './sessions.ts';
import { revokeAllApiTokens } from './tokens.ts';
import type { Viewer } from '../core/viewer-types.ts';

/*
 * A new password always bumps `sessionVersion` and revokes the account's API tokens: every session
 * of the account, in every browser, ends on its next request, and every token at once, so whoever
 * might have had the old password, a session or a token loses it.
 */

/**
 * A signed-in user changes their own password, proving they know the current one. A wrong current
 * password counts against the account's sign-in throttle and changes nothing else.
 */
export async function changeOwnPassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
  if (viewer.kind !== 'user') throw new NotFoundError();
  const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, input);
  const user = await db.user.findFirst({
    where: { id: viewer.id, disabledAt: null },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new NotFoundError();
  await takePasswordAttempt(user.email);
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await recordAudit(db, viewer, { action: 'user.password_change_failure', targetType: 'user', targetId: user.id });
    const message = 'The current password is incorrect';
    throw new ValidationError(message, { currentPassword: [message] });
  }
  await forgetPasswordFailures(user.email);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Only over the hash just verified: of two simultaneous changes, the second is refused.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError('Your password was changed in the meantime');
    const tokensRevoked = await revokeAllApiTokens(tx, user.id);
    await recordAudit(tx, viewer, { action: 'user.password_change', targetType: 'user', targetId: user.id, detail: { ...(tokensRevoked > 0 && { tokensRevoked }) } });
  });
}

/**
 * Admins and the command line set someone's password, e.g. when it is forgotten. Without one, a
 * password is generated and returned once. An admin changes their own on the account page instead,
 * where the current password is asked for.
 */
export async function setUserPassword(viewer: Viewer, email: string, password?: string) {
  if (!can(viewer, 'users:manage')) throw new NotFoundError();
  const data = parseOrThrow(setPasswordSchema, { email, ...(password !== undefined && { password }) });
  const user = await db.user.findUnique({ where: { email: data.email }, select: { id: true, email: true } });
  if (!user) throw new NotFoundError(`No user with e-mail ${data.email}`);
  if (viewer.kind === 'user' && viewer.id === user.id) {
    throw new ValidationError('Change your own password on your account page');
  }
  const newPassword = data.password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    const tokensRevoked = await revokeAllApiTokens(tx, user.id);
    await recordAudit(tx, viewer, {
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
      detail: { email: user.email, generated: data.password === undefined, ...(tokensRevoked > 0 && { tokensRevoked }) },
    });
  });
  // Failures counted against the old password say nothing about the new one.
  await forgetPasswordFailures(user.email);
  return { email: user.email, generatedPassword: data.password === undefined ? newPassword : null };
}
