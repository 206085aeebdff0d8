import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';

/** Imports `markdown` as the article `slug`; its segments in order, as the XLIFF import tests name them. */
export async function importArticleSegments(slug: string, markdown: string) {
  await importArticle(systemViewer, { markdown, slug });
  return db.segment.findMany({ where: { article: { slug } }, orderBy: { position: 'asc' }, select: { id: true, kind: true, source: true } });
}

/** A segment's translation as the database holds it now. */
export function currentTranslation(segmentId: string) {
  return db.translation.findFirstOrThrow({ where: { segmentId }, select: { text: true, status: true, version: true } });
}
