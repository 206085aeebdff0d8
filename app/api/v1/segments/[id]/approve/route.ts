import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';

const endpoint = editorEndpoints.approve;

/** Approves the translation at `{ version }`; 409 with `error.current` when it changed since. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> =>
  approveTranslation(viewer, id, await readJsonBody(request, endpoint.request)),
);
