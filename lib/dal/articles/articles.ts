import 'server-only';
import { chineseTitleOf } from '@/lib/domain/chinese-title.ts';
import { planImport } from '@/lib/domain/import-plan.ts';
import { storePlacement } from '@/lib/domain/markdown/block-layout.ts';
import { hashSource } from '@/lib/domain/markdown/hash-source.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { ConflictError, DuplicateError, NotFoundError } from '@/lib/errors.ts';
import { importArticleSchema, type ImportArticleInput } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { currentSegmentsSelect, findCurrentSegments, findWorkableArticleOrThrow, workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { statusCountsOf } from './dashboard.ts';
import { totalOf, translatedOf } from '@/lib/domain/dashboard.ts';
import { insertRevisions, insertSegments, insertTranslations } from '../core/bulk-insert.ts';
import { bulkWriteTransaction, db } from '../core/db.ts';
import { isUniqueViolation } from '../core/prisma-errors.ts';
import { limitImportPreviews, limitImports } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type ImportPreview = {
  slug: string;
  title: string | null;
  titleZh: string | null;
  rows: Array<{ position: number; kind: string; translatable: boolean; source: string; translation: string | null }>;
  unaligned: Array<{ afterPosition: number; text: string; reason: string }>;
};

/** What an import would create, without saving anything: segments and, for a pair, the alignment. */
export async function previewImport(viewer: Viewer, input: ImportArticleInput): Promise<ImportPreview> {
  if (!can(viewer, 'articles:import')) throw new NotFoundError();
  await limitImportPreviews(viewer);
  const plan = planImport(parseOrThrow(importArticleSchema, input));
  return {
    slug: plan.slug,
    title: plan.english.title,
    titleZh: plan.chinese?.title ?? null,
    rows: plan.segments.map(({ segment, position, translation }) => ({
      position,
      kind: segment.kind,
      translatable: segment.translatable,
      source: segmentContent(segment.source),
      translation,
    })),
    unaligned: plan.unaligned.map((block) => ({ afterPosition: block.afterSegmentIndex ?? -1, text: block.text, reason: block.reason })),
  };
}

export type ImportSummary = { slug: string; segments: number; translatable: number; aligned: number; unaligned: number };

/**
 * Imports an English article, optionally with an existing Chinese translation aligned to it, in one
 * transaction. Imported translations start as drafts, or as submitted with `asSubmitted` (the
 * importer then counts as their writer, so someone else approves them unless self-approval is on);
 * the operator's seed may mark them approved.
 */
export async function importArticle(
  viewer: Viewer,
  input: ImportArticleInput,
  options: { approveImported?: boolean; repository?: { id: string; path: string } } = {},
): Promise<ImportSummary> {
  if (!can(viewer, 'articles:import')) throw new NotFoundError();
  // Counted before parsing: a refused or broken import costs as much work as a good one.
  await limitImports(viewer);
  const data = parseOrThrow(importArticleSchema, input);
  const plan = planImport(data);
  const { slug, english, unaligned } = plan;
  const status = options.approveImported && viewer.kind === 'system' ? 'approved' : data.asSubmitted ? 'submitted' : 'draft';

  try {
    await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          slug,
          title: english.title ?? slug,
          titleZh: plan.chinese?.title ?? null,
          sourceUrl: data.sourceUrl ?? english.sourceUrl,
          author: english.author,
          importedCredits: JSON.stringify(plan.credits),
          frontMatter: plan.frontMatter,
          createdById: viewer.id,
          ...(options.repository && { repositoryId: options.repository.id, repositoryPath: options.repository.path }),
          sourceVersions: { create: { number: 1, markdown: data.markdown, importedById: viewer.id } },
        },
        select: { id: true },
      });
      // Multi-row inserts with ids made here: a 16,000-segment article takes a second, not ten.
      const rows = plan.segments.map((planned) => ({ ...planned, segmentId: crypto.randomUUID(), translationId: crypto.randomUUID() }));
      await insertSegments(
        tx,
        rows.map(({ segment, position, segmentId }) => ({
          id: segmentId,
          articleId: article.id,
          position,
          kind: segment.kind,
          source: segment.source,
          sourceHash: hashSource(segment.source),
          translatable: segment.translatable,
        })),
      );
      await insertTranslations(
        tx,
        rows.map(({ translation: text, layout, segmentId, translationId }) =>
          text !== null
            ? { id: translationId, segmentId, text, status, version: 1, layout }
            : { id: translationId, segmentId, text: '', status: 'untranslated', version: 0, layout },
        ),
      );
      await insertRevisions(
        tx,
        rows.flatMap(({ translation: text, translationId }) =>
          text !== null
            ? [{ id: crypto.randomUUID(), translationId, version: 1, text, status, origin: 'import', authorId: viewer.id }]
            : [],
        ),
      );
      if (unaligned.length) {
        await tx.unalignedBlock.createMany({
          data: unaligned.map((block) => ({
            articleId: article.id,
            afterSegmentId: block.afterSegmentIndex === null ? null : (rows[block.afterSegmentIndex]?.segmentId ?? null),
            text: block.text,
            reason: block.reason,
            layout: storePlacement({ layout: block.layout }),
            // A `translators:` list is already kept as the article's credits; it needs no linking.
            resolvedAt: isCreditsBlock(block) ? new Date() : null,
          })),
        });
      }
      await recordAudit(tx, viewer, {
        action: 'article.import',
        targetType: 'article',
        targetId: article.id,
        detail: { slug, segments: rows.length, aligned: plan.aligned, unaligned: unaligned.length },
      });
    }, bulkWriteTransaction);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError(`An article with slug "${slug}" exists already`, 'slug');
    throw error;
  }
  return {
    slug,
    segments: plan.segments.length,
    translatable: plan.segments.filter(({ segment }) => segment.translatable).length,
    aligned: plan.aligned,
    unaligned: unaligned.length,
  };
}

export type ArticleListItem = {
  id: string;
  slug: string;
  title: string;
  titleZh: string | null;
  status: 'draft' | 'published' | 'unpublished';
  updatedAt: Date;
  progress: { total: number; approved: number; translated: number };
};

/** Articles the viewer may work on: all for reviewers and admins, assigned ones for translators. */
export async function listArticles(viewer: Viewer): Promise<ArticleListItem[]> {
  const articles = await db.article.findMany({
    where: await workableArticlesWhere(viewer),
    orderBy: { updatedAt: 'desc' },
    select: { id: true, slug: true, title: true, titleZh: true, status: true, updatedAt: true },
  });
  return Promise.all(
    articles.map(async (article) => {
      const counts = await statusCountsOf(article.id);
      return { ...article, progress: { total: totalOf(counts), approved: counts.approved, translated: translatedOf(counts) } };
    }),
  );
}

/** One article with its segments and current translations, if the viewer may work on it. */
export async function getArticleWorkspaceOrThrow(viewer: Viewer, slug: string) {
  const select = {
    id: true,
    slug: true,
    title: true,
    titleZh: true,
    status: true,
    archivedAt: true,
    sourceUrl: true,
    author: true,
    unaligned: {
      where: { resolvedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true, text: true, reason: true, afterSegment: { select: { position: true } } },
    },
  } as const;
  // An archived article is shown too (read only, marked archived), so an admin can unarchive or delete it.
  const found = await findWorkableArticleOrThrow(viewer, slug, select, db, { includeArchived: true });
  const segments = await findCurrentSegments(db, found.id, currentSegmentsSelect.select);
  const article = {
    ...found,
    // Each source as people read it, trimmed here once.
    segments: segments.map((segment) => ({
      ...segment,
      content: segmentContent(segment.source),
      previousContent: segment.previousSource === null ? null : segmentContent(segment.previousSource),
    })),
  };
  // The title being translated, not only the one last published.
  return { ...article, titleZh: chineseTitleOf(article.segments) ?? article.titleZh };
}

function isCreditsBlock(block: { reason: string; text: string }): boolean {
  return block.reason === 'added-front-matter-key' && /^translators\s*:/.test(block.text);
}
