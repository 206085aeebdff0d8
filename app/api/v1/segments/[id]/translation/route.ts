import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { saveTranslationRequestSchema } from '@/lib/validation/translations.ts';

/** Saves `{ text, baseVersion }`; 409 with `error.current` `{ text, status, version }` when someone saved in between. */
export const PUT = defineApiRoute(async (request, viewer, { id = '' }) => {
  const { text, baseVersion } = await readJsonBody(request, saveTranslationRequestSchema);
  const saved = await saveTranslation(viewer, id, { text, version: baseVersion });
  return { version: saved.version, status: saved.status, text: saved.text };
});
