import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { bulkApprove } from '@/lib/dal/translating/reviews.ts';

/** Approves `{ items: [{ segmentId, version }] }`; reports which were approved and which were refused and why. */
const endpoint = editorEndpoints.bulkApprove;

export const POST = defineApiRoute('translations:review', async (request, viewer): Promise<SentBody<typeof endpoint>> =>
  bulkApprove(viewer, await readJsonBody(request, endpoint.request)),
);
