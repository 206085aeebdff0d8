import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { changeTranslationStatus } from '@/lib/dal/translating/translations.ts';
import { statusChangeSchema } from '@/lib/validation/translations.ts';

/** Sends the translation at `{ version }` for review. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }) => {
  const { version } = await readJsonBody(request, statusChangeSchema);
  return changeTranslationStatus(viewer, id, { event: 'submit', version });
});
