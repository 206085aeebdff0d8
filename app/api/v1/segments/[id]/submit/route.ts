import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { editorEndpoints, type SentBody } from '@/lib/contracts/editor-api.ts';
import { changeTranslationStatus } from '@/lib/dal/translating/translations.ts';

const endpoint = editorEndpoints.submit;

/** Sends the translation at `{ version }` for review. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }): Promise<SentBody<typeof endpoint>> => {
  const { version } = await readJsonBody(request, endpoint.request);
  return changeTranslationStatus(viewer, id, { event: 'submit', version });
});
