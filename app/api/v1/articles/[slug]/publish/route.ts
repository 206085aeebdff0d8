import { defineApiRoute } from '@/lib/api/define-route.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { updatePublicSite } from '@/lib/server/public-site.ts';

/** Publishes the article's approved translation as a new publication; 409 naming how many segments remain. */
export const POST = defineApiRoute('articles:publish', async (_request, viewer, { slug = '' }) => {
  const published = await publishArticle(viewer, slug);
  await updatePublicSite({ slug, published: true });
  return Response.json(published, { status: 201, headers: { 'cache-control': 'private, no-store' } });
});
