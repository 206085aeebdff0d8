import { defineApiRoute } from '@/lib/api/define-route.ts';
import { unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { updatePublicSite } from '@/lib/server/public-site.ts';

/** Hides the article from readers; its publications stay viewable by staff. */
export const POST = defineApiRoute('articles:publish', async (_request, viewer, { slug = '' }) => {
  await unpublishArticle(viewer, slug);
  await updatePublicSite({ slug, published: false });
  return { status: 'unpublished' };
});
