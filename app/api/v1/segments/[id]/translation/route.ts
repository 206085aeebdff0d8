import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { saveTranslation } from '@/lib/dal/translations.ts';
import { saveTranslationSchema } from '@/lib/validation/translations.ts';

/** Saves `{ text, version }`; 409 with `error.current` when someone saved in between. */
export const PUT = defineApiRoute(async (request, viewer, { id = '' }) =>
  saveTranslation(viewer, id, await readJsonBody(request, saveTranslationSchema)),
);
