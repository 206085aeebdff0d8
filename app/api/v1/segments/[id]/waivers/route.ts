import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { waiveFinding } from '@/lib/dal/translating/quality.ts';
import { waiveFindingSchema } from '@/lib/validation/waivers.ts';

/** A reviewer accepts one check's error on the translation at `{ version }`, with a `reason`; 201 with the waiver. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }) => {
  const waiver = await waiveFinding(viewer, id, await readJsonBody(request, waiveFindingSchema));
  return Response.json(waiver, { status: 201, headers: { 'cache-control': 'private, no-store' } });
});
