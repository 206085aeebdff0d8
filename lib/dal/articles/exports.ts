import 'server-only';
import type { ArticleExport } from '@/lib/domain/export/article-export.ts';
import { parseStoredPlacement } from '@/lib/domain/markdown/block-layout.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { creditsFor, currentSegmentsWithAuthorsSelect, findCurrentSegments, findWorkableArticleOrThrow } from '../core/article-access.ts';
import { db } from '../core/db.ts';
import { limitExports } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';

/**
 * Everything the export formats need for one article the viewer may work on. Counts as one export
 * against the viewer's allowance once the article is known to be theirs (a refusal changes nothing),
 * and before the costly read.
 */
export async function getArticleExportOrThrow(viewer: Viewer, slug: string): Promise<ArticleExport> {
  if (viewer.kind === 'user') {
    await findWorkableArticleOrThrow(viewer, slug, { id: true });
    await limitExports(viewer);
  }
  const found = await findWorkableArticleOrThrow(viewer, slug, {
    id: true,
    slug: true,
    title: true,
    titleZh: true,
    sourceUrl: true,
    author: true,
    importedCredits: true,
    frontMatter: true,
    publications: { orderBy: { number: 'desc' }, take: 1, select: { publishedAt: true } },
    unaligned: {
      where: { resolvedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { text: true, layout: true, afterSegment: { select: { position: true, archivedAt: true } } },
    },
  });
  const article = { ...found, segments: await findCurrentSegments(db, found.id, currentSegmentsWithAuthorsSelect.select) };
  const publishedAt = article.publications[0]?.publishedAt;
  const importedFrontMatter = article.frontMatter ?? (await importedTranslatorsBlock(article.id));
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    sourceUrl: article.sourceUrl,
    author: article.author,
    ...(publishedAt && { publishedAt }),
    ...(importedFrontMatter !== null && { importedFrontMatter }),
    credits: creditsFor(article.importedCredits, article.segments),
    glossary: await db.glossaryTerm.findMany({ orderBy: { source: 'asc' }, select: { source: true, target: true, status: true } }),
    segments: article.segments.map(({ id, position, kind, source, translatable, translation }) => ({
      id,
      position,
      kind,
      source,
      translatable,
      translation: translation && { text: translation.text, status: translation.status, version: translation.version },
      placement: parseStoredPlacement(translation?.layout),
    })),
    // Export indexes are positions among current segments; an anchor archived by a source update
    // leaves its block at the start rather than dropping it.
    unaligned: article.unaligned.map((block) => ({
      afterSegmentIndex: block.afterSegment && !block.afterSegment.archivedAt ? block.afterSegment.position : null,
      text: block.text,
      layout: parseStoredPlacement(block.layout).layout,
    })),
  };
}

/**
 * The imported `translators:` list of an article imported before its Chinese front matter was kept
 * (Article.frontMatter): the import kept the list as a resolved unaligned block.
 */
async function importedTranslatorsBlock(articleId: string): Promise<string | null> {
  const block = await db.unalignedBlock.findFirst({
    where: { articleId, reason: 'added-front-matter-key', text: { startsWith: 'translators' } },
    orderBy: { createdAt: 'asc' },
    select: { text: true },
  });
  return block?.text ?? null;
}
