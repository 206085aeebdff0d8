import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { rejectTranslation } from '@/lib/dal/translating/reviews.ts';
import { rejectSchema } from '@/lib/validation/reviews.ts';

/** Rejects the translation at `{ version }` with `{ category, severity, comment }`. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }) =>
  rejectTranslation(viewer, id, await readJsonBody(request, rejectSchema)),
);
