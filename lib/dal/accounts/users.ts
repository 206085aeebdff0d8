import 'server-only';
import { generatePassword, hashPassword } from './password-hash.ts';
import { can, type Role } from '@/lib/domain/permissions.ts';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { createUserSchema, type CreateUserInput } from '@/lib/validation/users.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { isUniqueViolation } from '../core/prisma-errors.ts';
import { revokeAllApiTokens } from './tokens.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
};

const summarySelect = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

function toSummary(row: { id: string; email: string; name: string; role: Role; disabledAt: Date | null; createdAt: Date }): UserSummary {
  const { disabledAt, ...rest } = row;
  return { ...rest, disabled: disabledAt !== null };
}

function assertCanManageUsers(viewer: Viewer): void {
  if (!can(viewer, 'users:manage')) throw new NotFoundError();
}

/** Creates an account. Without a password, one is generated and returned once. */
export async function createUser(viewer: Viewer, input: CreateUserInput) {
  assertCanManageUsers(viewer);
  const data = parseOrThrow(createUserSchema, input);
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: summarySelect,
      });
      await recordAudit(tx, viewer, {
        action: 'user.create',
        targetType: 'user',
        targetId: created.id,
        detail: { email: created.email, role: created.role },
      });
      return created;
    });
    return { user: toSummary(user), generatedPassword: data.password ? null : password };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError(`A user with e-mail ${data.email} exists already`, 'email');
    throw error;
  }
}

export async function listUsers(viewer: Viewer): Promise<UserSummary[]> {
  assertCanManageUsers(viewer);
  const rows = await db.user.findMany({ select: summarySelect, orderBy: { createdAt: 'asc' } });
  return rows.map(toSummary);
}

export async function getUserIdByEmailOrThrow(viewer: Viewer, email: string): Promise<string> {
  assertCanManageUsers(viewer);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new NotFoundError(`No user with e-mail ${email}`);
  return user.id;
}

/**
 * Role changes and disabling bump `sessionVersion`, which ends the user's sessions on their next request;
 * disabling also revokes the user's API tokens.
 */
async function updateUserAccess(
  viewer: Viewer,
  userId: string,
  change: { role?: Role; disabledAt?: Date | null },
  action: string,
): Promise<UserSummary> {
  assertCanManageUsers(viewer);
  if (viewer.kind === 'user' && viewer.id === userId) {
    throw new ValidationError('You cannot change your own role or disable yourself');
  }
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!existing) throw new NotFoundError('No such user');
    const user = await tx.user.update({
      where: { id: userId },
      data: { ...change, sessionVersion: { increment: 1 } },
      select: summarySelect,
    });
    const tokensRevoked = change.disabledAt ? await revokeAllApiTokens(tx, userId) : 0;
    await recordAudit(tx, viewer, { action, targetType: 'user', targetId: userId, detail: { ...change, ...(tokensRevoked > 0 && { tokensRevoked }) } });
    return toSummary(user);
  });
}

export function setUserRole(viewer: Viewer, userId: string, role: Role) {
  return updateUserAccess(viewer, userId, { role }, 'user.role_change');
}

export function disableUser(viewer: Viewer, userId: string) {
  return updateUserAccess(viewer, userId, { disabledAt: new Date() }, 'user.disable');
}

export function enableUser(viewer: Viewer, userId: string) {
  return updateUserAccess(viewer, userId, { disabledAt: null }, 'user.enable');
}
