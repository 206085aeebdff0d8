import { defineApiRoute } from '@/lib/api/define-route.ts';
import { listAuditEvents } from '@/lib/dal/core/audit.ts';

/** Audit events newest first: `?action=…&actorId=…&limit=…&before=<nextCursor>`. */
export const GET = defineApiRoute(async (request, viewer) =>
  listAuditEvents(viewer, Object.fromEntries(new URL(request.url).searchParams)),
);
