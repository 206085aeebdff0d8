import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { setCommentResolved } from '@/lib/dal/translating/comments.ts';
import { resolveCommentSchema } from '@/lib/validation/comments.ts';

/** Resolves (`{ resolved: true }`) or reopens (`{ resolved: false }`) a comment thread. */
export const PATCH = defineApiRoute(async (request, viewer, { id = '' }) => {
  const { resolved } = await readJsonBody(request, resolveCommentSchema);
  return setCommentResolved(viewer, id, resolved);
});
