import { defineApiRoute } from '@/lib/api/define-route.ts';
import { archiveArticle, unarchiveArticle } from '@/lib/dal/articles/archive.ts';

/** Admins: archives the article (out of the workspace lists, closed to changes; a publication stays readable). */
export const POST = defineApiRoute('articles:manage', async (_request, viewer, { slug = '' }) => {
  const { archivedAt } = await archiveArticle(viewer, slug);
  return { archived: true, archivedAt };
});

/** Admins: brings an archived article back. */
export const DELETE = defineApiRoute('articles:manage', async (_request, viewer, { slug = '' }) => {
  await unarchiveArticle(viewer, slug);
  return { archived: false, archivedAt: null };
});
