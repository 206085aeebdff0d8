import { defineApiRoute } from '@/lib/api/define-route.ts';
import { unassignUserByEmail } from '@/lib/dal/articles/assignments.ts';
import { NotFoundError } from '@/lib/errors.ts';

function decodedEmail(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new NotFoundError('No such user');
  }
}

/** Removes the assignment of the user with this e-mail: `{ assigned: [...] }` as it is now. */
export const DELETE = defineApiRoute('articles:assign', async (_request, viewer, { slug = '', email = '' }) =>
  unassignUserByEmail(viewer, slug, decodedEmail(email)),
);
