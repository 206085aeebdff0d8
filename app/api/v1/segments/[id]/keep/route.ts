import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { changeTranslationStatus } from '@/lib/dal/translating/translations.ts';
import { statusChangeSchema } from '@/lib/validation/translations.ts';

/** Says an outdated translation at `{ version }` still fits its changed source; it goes back to review. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }) => {
  const { version } = await readJsonBody(request, statusChangeSchema);
  return changeTranslationStatus(viewer, id, { event: 'keep', version });
});
