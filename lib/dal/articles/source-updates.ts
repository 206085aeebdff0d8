import 'server-only';
import { readArticleMetadata } from '@/lib/domain/article-metadata.ts';
import { hashSource } from '@/lib/domain/markdown/hash-source.ts';
import { reanchorSegments } from '@/lib/domain/markdown/reanchor.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { can } from '@/lib/domain/permissions.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { markdownFileSchema } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { recordAudit } from '../core/audit.ts';
import { bulkWriteTransaction, db, type Db } from '../core/db.ts';
import { notifyOutdated } from '../accounts/notifications.ts';
import { limitImports } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { baseTranslationSelect, writeRevision } from '../translating/revision-write.ts';

export type SourceUpdateSummary = { unchanged: number; changed: number; added: number; removed: number; restored: number };

const segmentFields = {
  id: true,
  source: true,
  kind: true,
  translatable: true,
  translation: { select: baseTranslationSelect },
} as const;

/**
 * Imports a new English version of an article. Segments are re-anchored by content, not position:
 * unchanged ones keep translation and status wherever they moved; edited ones keep their translation,
 * become `outdated` and remember their previous source, also when the edit changed the block's kind;
 * removed ones are archived with their whole history (and come back with it if the text returns);
 * new ones start untranslated. No translator text is deleted. The title follows the new front matter.
 */
export async function updateArticleSource(viewer: Viewer, slug: string, markdown: string): Promise<SourceUpdateSummary> {
  if (!can(viewer, 'articles:import')) throw new NotFoundError();
  // A new source version is an import: it shares the user's import allowance.
  await limitImports(viewer);
  const text = parseOrThrow(markdownFileSchema, markdown);
  const newSegments = segmentMarkdown(text);

  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { slug },
      select: {
        id: true,
        archivedAt: true,
        sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
        segments: { where: { archivedAt: null }, orderBy: { position: 'asc' }, select: segmentFields },
      },
    });
    if (!article) throw new NotFoundError('No such article');
    if (article.archivedAt) throw new InvalidTransitionError('This article is archived; an admin must unarchive it before its English can be updated');
    const archived = await tx.segment.findMany({
      where: { articleId: article.id, archivedAt: { not: null } },
      orderBy: { archivedAt: 'desc' },
      select: segmentFields,
    });
    const reanchoring = reanchorSegments(article.segments, newSegments, archived);
    const oldById = new Map([...archived, ...article.segments].map((segment) => [segment.id, segment]));
    const summary: SourceUpdateSummary = { unchanged: 0, changed: 0, added: 0, removed: reanchoring.removed.length, restored: 0 };
    const outdated: Array<{ translationId: string; segmentId: string }> = [];
    const markOutdated = async (segmentId: string) => {
      const translation = oldById.get(segmentId)?.translation;
      if (!translation || translation.status === 'untranslated' || outdated.some((item) => item.translationId === translation.id)) return;
      await writeRevision(tx, translation, { text: translation.text, status: 'outdated', origin: 'source_update', authorId: viewer.id });
      outdated.push({ translationId: translation.id, segmentId });
    };

    for (const [position, match] of reanchoring.segments.entries()) {
      const segment = newSegments[position]!;
      const fields = { position, kind: segment.kind, source: segment.source, sourceHash: hashSource(segment.source) };
      if (match.status === 'added') {
        summary.added += 1;
        await tx.segment.create({
          data: { ...fields, articleId: article.id, translatable: segment.translatable, translation: { create: { text: '', status: 'untranslated' } } },
          select: { id: true },
        });
        continue;
      }
      if (match.status === 'unchanged' || match.status === 'restored') {
        summary[match.status] += 1;
        await tx.segment.update({ where: { id: match.oldId }, data: { ...fields, archivedAt: null }, select: { id: true } });
        continue;
      }
      summary.changed += 1;
      const old = oldById.get(match.oldId)!;
      // A block that became prose (indented code turned paragraph) is translatable; an opted-in one stays so.
      const translatable = match.kindChanged ? segment.translatable || old.translatable : old.translatable;
      await tx.segment.update({
        where: { id: match.oldId },
        data: { ...fields, translatable, previousSource: match.previousSource },
        select: { id: true },
      });
      await markOutdated(match.oldId);
      // Its translation was merged into the segment before it: that text states the old English too.
      if (old.translation?.text === '') {
        const holder = translationHolderBefore(article.segments, match.oldId);
        if (holder) await markOutdated(holder);
      }
    }
    if (reanchoring.removed.length) {
      await tx.segment.updateMany({ where: { id: { in: reanchoring.removed } }, data: { archivedAt: new Date() } });
      await keepUnalignedBlocksInPlace(tx, article.segments, new Set(reanchoring.removed));
    }
    const number = (article.sourceVersions[0]?.number ?? 0) + 1;
    await tx.sourceVersion.create({ data: { articleId: article.id, number, markdown: text, importedById: viewer.id }, select: { id: true } });
    const title = readArticleMetadata(text).title;
    await tx.article.update({ where: { id: article.id }, data: { updatedAt: new Date(), ...(title && { title }) }, select: { id: true } });
    await notifyOutdated(tx, viewer, { articleId: article.id, translations: outdated });
    await recordAudit(tx, viewer, { action: 'article.update', targetType: 'article', targetId: article.id, detail: { version: number, ...summary } });
    return summary;
  }, bulkWriteTransaction);
}

type OrderedSegment = { id: string; translation: { text: string; status: string } | null };

/** The nearest segment before `segmentId` (in the old order) with a translation text of its own. */
function translationHolderBefore(segments: readonly OrderedSegment[], segmentId: string): string | null {
  for (let index = segments.findIndex((segment) => segment.id === segmentId) - 1; index >= 0; index--) {
    const translation = segments[index]!.translation;
    if (translation && translation.status !== 'untranslated' && translation.text !== '') return segments[index]!.id;
  }
  return null;
}

/**
 * A Chinese block anchored after a segment that is now archived moves to the nearest surviving segment
 * before it, so it stays where it stood instead of jumping to the top of the export.
 */
async function keepUnalignedBlocksInPlace(tx: Pick<Db, 'unalignedBlock'>, segments: readonly OrderedSegment[], removed: ReadonlySet<string>) {
  let survivor: string | null = null;
  for (const segment of segments) {
    if (!removed.has(segment.id)) {
      survivor = segment.id;
      continue;
    }
    await tx.unalignedBlock.updateMany({ where: { afterSegmentId: segment.id }, data: { afterSegmentId: survivor } });
  }
}
