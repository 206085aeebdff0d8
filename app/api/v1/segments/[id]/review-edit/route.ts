import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { reviewEdit } from '@/lib/dal/translating/reviews.ts';
import { reviewEditSchema } from '@/lib/validation/reviews.ts';

/** A reviewer's correction `{ text, baseVersion }` of a submitted translation; it stays submitted. */
export const POST = defineApiRoute('translations:review', async (request, viewer, { id = '' }) =>
  reviewEdit(viewer, id, await readJsonBody(request, reviewEditSchema)),
);
