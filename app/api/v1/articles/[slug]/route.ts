import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { deleteArticle } from '@/lib/dal/articles/archive.ts';
import { getArticleWorkspaceOrThrow } from '@/lib/dal/articles/articles.ts';
import { updatePublicSite } from '@/lib/server/public-site.ts';
import { deleteArticleSchema } from '@/lib/validation/article-admin.ts';

export const GET = defineApiRoute(async (_request, viewer, { slug = '' }) => {
  const article = await getArticleWorkspaceOrThrow(viewer, slug);
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    status: article.status,
    archivedAt: article.archivedAt,
    segments: article.segments.map((segment) => ({
      id: segment.id,
      position: segment.position,
      kind: segment.kind,
      source: segment.source,
      translatable: segment.translatable,
      translation: segment.translation,
    })),
    unaligned: article.unaligned,
  };
});

/** Admins: deletes the article and everything in it, with `{ "confirm": "<slug>" }`; its reader pages go too. */
export const DELETE = defineApiRoute('articles:manage', async (request, viewer, { slug = '' }) => {
  const deleted = await deleteArticle(viewer, slug, await readJsonBody(request, deleteArticleSchema));
  await updatePublicSite({ slug, published: false });
  return { deleted: true, slug: deleted.slug };
});
