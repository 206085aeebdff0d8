import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { approveAll } from '@/lib/dal/translating/bulk-decisions.ts';

/** Approves every clean submitted translation (or those of `{ segmentIds }`): `{ approved, skipped: [{ segmentId, reason, message }] }`. */
const endpoint = editorEndpoints.approveAll;

export const POST = defineApiRoute('translations:review', async (request, viewer, { slug = '' }): Promise<SentBody<typeof endpoint>> => {
  const result = await approveAll(viewer, slug, await readJsonBody(request, endpoint.request, undefined, { emptyIsObject: true }));
  return { approved: result.approved.length, skipped: result.skipped };
});
