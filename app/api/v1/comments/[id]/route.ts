import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { setCommentResolved } from '@/lib/dal/translating/comments.ts';

const endpoint = editorEndpoints.resolveComment;

/** Resolves (`{ resolved: true }`) or reopens (`{ resolved: false }`) a comment thread. */
export const PATCH = defineApiRoute(async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> => {
  const { resolved } = await readJsonBody(request, endpoint.request);
  return setCommentResolved(viewer, id, resolved);
});
