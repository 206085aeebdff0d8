import 'server-only';
import type { Db } from './db.ts';

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
