import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { markRead } from '@/lib/dal/accounts/notifications.ts';
import { markReadSchema } from '@/lib/validation/reviews.ts';

/** Marks `{ ids: [...] }` or `{ all: true }` of the caller's notifications read. */
export const POST = defineApiRoute(async (request, viewer) => {
  const target = await readJsonBody(request, markReadSchema);
  return markRead(viewer, 'ids' in target ? target.ids : 'all');
});
