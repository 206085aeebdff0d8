import 'server-only';
import { hashSource } from '@/lib/domain/markdown/hash-source.ts';
import { reanchorSegments } from '@/lib/domain/markdown/reanchor.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { markdownFileSchema } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { recordAudit } from './audit.ts';
import { bulkWriteTransaction, db } from './db.ts';
import { notifyOutdated } from './notifications.ts';
import { limitImports } from './rate-limit.ts';
import type { Viewer } from './viewer-types.ts';

export type SourceUpdateSummary = { unchanged: number; changed: number; added: number; removed: number };

/**
 * Imports a new English version of an article. Segments are re-anchored by content, not position:
 * unchanged ones keep translation and status wherever they moved; edited ones keep their translation,
 * become `outdated` and remember their previous source; removed ones are archived with their whole
 * history; new ones start untranslated. No translator text is deleted.
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
        sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
        segments: {
          where: { archivedAt: null },
          orderBy: { position: 'asc' },
          select: { id: true, source: true, kind: true, translatable: true, translation: { select: { id: true, text: true, status: true, version: true } } },
        },
      },
    });
    if (!article) throw new NotFoundError('No such article');
    const reanchoring = reanchorSegments(article.segments, newSegments);
    const oldById = new Map(article.segments.map((segment) => [segment.id, segment]));
    const summary: SourceUpdateSummary = { unchanged: 0, changed: 0, added: 0, removed: reanchoring.removed.length };
    const outdated: Array<{ translationId: string; segmentId: string }> = [];

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
      if (match.status === 'unchanged') {
        summary.unchanged += 1;
        await tx.segment.update({ where: { id: match.oldId }, data: fields, select: { id: true } });
        continue;
      }
      summary.changed += 1;
      await tx.segment.update({ where: { id: match.oldId }, data: { ...fields, previousSource: match.previousSource }, select: { id: true } });
      const translation = oldById.get(match.oldId)?.translation;
      if (translation && translation.status !== 'untranslated') {
        const version = translation.version + 1;
        await tx.translation.update({ where: { id: translation.id }, data: { status: 'outdated', version }, select: { id: true } });
        await tx.revision.create({
          data: { translationId: translation.id, version, text: translation.text, status: 'outdated', origin: 'source_update', authorId: viewer.id },
          select: { id: true },
        });
        outdated.push({ translationId: translation.id, segmentId: match.oldId });
      }
    }
    if (reanchoring.removed.length) {
      await tx.segment.updateMany({ where: { id: { in: reanchoring.removed } }, data: { archivedAt: new Date() } });
    }
    const number = (article.sourceVersions[0]?.number ?? 0) + 1;
    await tx.sourceVersion.create({ data: { articleId: article.id, number, markdown: text, importedById: viewer.id }, select: { id: true } });
    await tx.article.update({ where: { id: article.id }, data: { updatedAt: new Date() }, select: { id: true } });
    await notifyOutdated(tx, viewer, { articleId: article.id, translations: outdated });
    await recordAudit(tx, viewer, { action: 'article.update', targetType: 'article', targetId: article.id, detail: { version: number, ...summary } });
    return summary;
  }, bulkWriteTransaction);
}
