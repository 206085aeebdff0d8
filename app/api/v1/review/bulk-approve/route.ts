import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { bulkApprove } from '@/lib/dal/translating/reviews.ts';
import { bulkApproveSchema } from '@/lib/validation/reviews.ts';

/** Approves `{ items: [{ segmentId, version }] }`; reports which were approved and which were refused and why. */
export const POST = defineApiRoute('translations:review', async (request, viewer) => bulkApprove(viewer, await readJsonBody(request, bulkApproveSchema)));
