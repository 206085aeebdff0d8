import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { addComment, listComments } from '@/lib/dal/translating/comments.ts';

const { comments, addComment: add } = editorEndpoints;

/** The segment's comment threads, oldest first, each with its replies. */
export const GET = defineApiRoute(async (_request, viewer, { id = '' }): Promise<SentBody<typeof comments>> => ({ comments: await listComments(viewer, id) }));

/** Adds `{ body, parentId? }`; 201 with the new comment's id and the ids of the users it mentions. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }) => {
  const created = await addComment(viewer, id, await readJsonBody(request, add.request));
  return Response.json(created satisfies SentBody<typeof add>, { status: 201, headers: { 'cache-control': 'private, no-store' } });
});
