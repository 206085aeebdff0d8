import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { auditQuerySchema, type AuditQuery } from '@/lib/validation/reviews.ts';
import { db, type Db } from './db.ts';
import type { Viewer } from './viewer-types.ts';
import { readDetail } from './stored-json.ts';

type Tx = Pick<Db, 'auditEvent'>;

export type AuditInput = {
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  ip?: string;
};

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(tx: Tx, actor: { id: string | null } | null, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: event.action,
      targetType: event.targetType ?? '',
      targetId: event.targetId ?? '',
      detail: JSON.stringify(event.detail ?? {}),
      ip: event.ip ?? '',
    },
    select: { id: true },
  });
}

export type AuditEventView = {
  id: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
  ip: string;
  createdAt: Date;
};

/**
 * Admins: audit events newest first, optionally of one action or one actor. Pages are cut by
 * cursor: pass the `nextCursor` of one page as `before` to get the next (older) one.
 */
export async function listAuditEvents(viewer: Viewer, query: AuditQuery): Promise<{ events: AuditEventView[]; nextCursor: string | null }> {
  if (!can(viewer, 'audit:read')) throw new NotFoundError();
  const { action, actorId, before, limit } = parseOrThrow(auditQuerySchema, query);
  const rows = await db.auditEvent.findMany({
    where: { ...(action !== undefined && { action }), ...(actorId !== undefined && { actorId }) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(before !== undefined && { cursor: { id: before }, skip: 1 }),
    select: {
      id: true,
      action: true,
      actor: { select: { id: true, name: true, email: true } },
      targetType: true,
      targetId: true,
      detail: true,
      ip: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, limit);
  return {
    events: page.map((row) => ({ ...row, detail: readDetail(row.detail, 'audit detail') })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Admins: every action that occurs in the log, for filtering by it. */
export async function listAuditActions(viewer: Viewer): Promise<string[]> {
  if (!can(viewer, 'audit:read')) throw new NotFoundError();
  const groups = await db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } });
  return groups.map((group) => group.action);
}
