import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { rejectTranslation } from '@/lib/dal/translating/reviews.ts';

const endpoint = editorEndpoints.reject;

/** Rejects the translation at `{ version }` with `{ category, severity, comment }`. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> =>
  rejectTranslation(viewer, id, await readJsonBody(request, endpoint.request)),
);
