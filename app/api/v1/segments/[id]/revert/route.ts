import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { revertTranslation } from '@/lib/dal/translating/revisions.ts';
import { revertSchema } from '@/lib/validation/translations.ts';

/** Restores the text of revision `toVersion` as a new draft; 409 with `error.current` when `version` moved. */
export const POST = defineApiRoute(async (request, viewer, { id = '' }) =>
  revertTranslation(viewer, id, await readJsonBody(request, revertSchema)),
);
