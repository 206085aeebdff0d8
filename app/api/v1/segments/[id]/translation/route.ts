import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';

const endpoint = editorEndpoints.saveTranslation;

/** Saves `{ text, baseVersion }`; 409 with `error.current` `{ text, status, version }` when someone saved in between. */
export const PUT = defineApiRoute(async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> => {
  const saved = await saveTranslation(viewer, id, await readJsonBody(request, endpoint.request));
  return { version: saved.version, status: saved.status, text: saved.text };
});
