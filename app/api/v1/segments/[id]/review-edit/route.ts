import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { reviewEdit } from '@/lib/dal/translating/reviews.ts';

const endpoint = editorEndpoints.reviewEdit;

/** A reviewer's correction `{ text, baseVersion }` of a submitted translation; it stays submitted. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> =>
  reviewEdit(viewer, id, await readJsonBody(request, endpoint.request)),
);
