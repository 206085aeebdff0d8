import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints } from '@/lib/contracts/editor-api.ts';
import { bulkApprove } from '@/lib/dal/translating/reviews.ts';

/** Approves `{ items: [{ segmentId, version }] }`; reports which were approved and which were refused and why. */
export const POST = defineApiRoute('translations:review', async (request, viewer) =>
  bulkApprove(viewer, await readJsonBody(request, editorEndpoints.bulkApprove.request)),
);
