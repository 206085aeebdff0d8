import 'server-only';
import type { ArticleExport } from '@/lib/domain/export/article-export.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { creditsFor, revisionAuthorsSelect, workableArticlesWhere } from './article-access.ts';
import { db } from './db.ts';
import type { Viewer } from './viewer-types.ts';

/** Everything the export formats need for one article the viewer may work on. */
export async function getArticleExportOrThrow(viewer: Viewer, slug: string): Promise<ArticleExport> {
  const article = await db.article.findFirst({
    where: { slug, ...(await workableArticlesWhere(viewer)) },
    select: {
      slug: true,
      title: true,
      titleZh: true,
      sourceUrl: true,
      author: true,
      importedCredits: true,
      publications: { orderBy: { number: 'desc' }, take: 1, select: { publishedAt: true } },
      unaligned: {
        where: { resolvedAt: null },
        orderBy: { createdAt: 'asc' },
        select: { text: true, afterSegment: { select: { position: true, archivedAt: true } } },
      },
      segments: {
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          kind: true,
          source: true,
          translatable: true,
          translation: { select: { text: true, status: true, ...revisionAuthorsSelect } },
        },
      },
    },
  });
  if (!article) throw new NotFoundError('No such article');
  const publishedAt = article.publications[0]?.publishedAt;
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    sourceUrl: article.sourceUrl,
    author: article.author,
    ...(publishedAt && { publishedAt }),
    credits: creditsFor(article.importedCredits, article.segments),
    segments: article.segments.map(({ translation, ...segment }) => ({
      ...segment,
      translation: translation && { text: translation.text, status: translation.status },
    })),
    // Export indexes are positions among current segments; an anchor archived by a source update
    // leaves its block at the start rather than dropping it.
    unaligned: article.unaligned.map((block) => ({
      afterSegmentIndex: block.afterSegment && !block.afterSegment.archivedAt ? block.afterSegment.position : null,
      text: block.text,
    })),
  };
}
