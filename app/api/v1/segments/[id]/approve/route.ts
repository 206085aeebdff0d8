import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { approveSchema } from '@/lib/validation/reviews.ts';

/** Approves the translation at `{ version }`; 409 with `error.current` when it changed since. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }) =>
  approveTranslation(viewer, id, await readJsonBody(request, approveSchema)),
);
