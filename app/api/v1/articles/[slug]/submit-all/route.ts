import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { submitAll } from '@/lib/dal/translating/bulk-decisions.ts';

/** Sends every draft and rejected translation (or those of `{ segmentIds }`) for review: `{ submitted, skipped }`. */
const endpoint = editorEndpoints.submitAll;

export const POST = defineApiRoute('translations:edit', async (request, viewer, { slug = '' }): Promise<SentBody<typeof endpoint>> => {
  const result = await submitAll(viewer, slug, await readJsonBody(request, endpoint.request, undefined, { emptyIsObject: true }));
  return { submitted: result.submitted.length, skipped: result.skipped.length };
});
