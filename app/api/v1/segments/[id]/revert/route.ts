import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { revertTranslation } from '@/lib/dal/translating/revisions.ts';

const endpoint = editorEndpoints.revert;

/** Restores the text of revision `toVersion` as a new draft; 409 with `error.current` when `version` moved. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> =>
  revertTranslation(viewer, id, await readJsonBody(request, endpoint.request)),
);
