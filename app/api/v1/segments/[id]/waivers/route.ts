import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { waiveFinding } from '@/lib/dal/translating/quality.ts';

const endpoint = editorEndpoints.waive;

/** A reviewer accepts one check's error on the translation at `{ version }`, with a `reason`; 201 with the waiver. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }) => {
  const waiver = await waiveFinding(viewer, id, await readJsonBody(request, endpoint.request));
  return Response.json(waiver satisfies SentBody<typeof endpoint>, { status: 201, headers: { 'cache-control': 'private, no-store' } });
});
