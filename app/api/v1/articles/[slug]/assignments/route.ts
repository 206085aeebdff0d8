import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { assignUserByEmail } from '@/lib/dal/articles/assignments.ts';
import { assignByEmailSchema } from '@/lib/validation/articles.ts';

/** Assigns `{ email }` to the article (assigning twice changes nothing): `{ assigned: [{ id, name, email }] }`. */
export const POST = defineApiRoute('articles:assign', async (request, viewer, { slug = '' }) => {
  const { email } = await readJsonBody(request, assignByEmailSchema);
  return assignUserByEmail(viewer, slug, email);
});
