import { defineApiRoute } from '@/lib/api/define-route.ts';
import { getArticleWorkspaceOrThrow } from '@/lib/dal/articles/articles.ts';

export const GET = defineApiRoute(async (_request, viewer, { slug = '' }) => {
  const article = await getArticleWorkspaceOrThrow(viewer, slug);
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    status: article.status,
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
