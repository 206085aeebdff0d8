import 'server-only';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { tokenLabelSchema } from '@/lib/validation/users.ts';
import { recordAudit } from '../core/audit.ts';
import { db, type Db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';

/*
 * Personal API tokens: `duet_` + 32 random bytes (base64url). Only a SHA-256 of the secret is stored,
 * so a database leak does not leak usable tokens; 256 bits of entropy make a slow hash unnecessary.
 */

const tokenPrefix = 'duet_';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

function newSecret(): string {
  return tokenPrefix + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

/** An admin may create tokens for anyone; a user only for themselves. The secret is returned once. */
export async function createApiToken(viewer: Viewer, userId: string, label: string) {
  const cleanLabel = parseOrThrow(tokenLabelSchema, label);
  const mayManage = viewer.role === 'admin' || viewer.id === userId;
  const user = mayManage
    ? await db.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true } })
    : null;
  if (!user) throw new NotFoundError('No such active user');
  const secret = newSecret();
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, label: cleanLabel, tokenHash: await sha256(secret), prefix: secret.slice(0, 12) },
      select: { id: true, label: true, prefix: true, createdAt: true },
    });
    await recordAudit(tx, viewer, { action: 'token.create', targetType: 'api_token', targetId: created.id, detail: { userId, label: cleanLabel } });
    return created;
  });
  return { ...token, secret };
}

export async function listApiTokens(viewer: Viewer, userId: string) {
  if (viewer.role !== 'admin' && viewer.id !== userId) throw new NotFoundError();
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

export async function revokeApiToken(viewer: Viewer, tokenId: string): Promise<void> {
  const scope = viewer.role === 'admin' ? {} : { userId: viewer.id ?? '' };
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, revokedAt: null, ...scope }, select: { id: true } });
    if (!token) throw new NotFoundError('No such active token');
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, viewer, { action: 'token.revoke', targetType: 'api_token', targetId: token.id });
  });
}

/**
 * Revokes every token of a user, in the caller's transaction. A new password (set or changed) and
 * disabling an account end the account's tokens as they end its sessions: whoever had access
 * before does not keep it through a script, and enabling the account again does not bring them back.
 */
export async function revokeAllApiTokens(tx: Pick<Db, 'apiToken'>, userId: string): Promise<number> {
  const { count } = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The viewer a bearer token speaks for, or null when it is unknown, revoked or its user disabled. */
export async function findViewerByApiToken(secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(tokenPrefix) || secret.length > 100) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: await sha256(secret) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  // Recording every use would turn each API read into a write; once a minute is enough to audit.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  }
  const { id, email, name, role } = token.user;
  return { kind: 'user', id, email, name, role, via: 'token' };
}
