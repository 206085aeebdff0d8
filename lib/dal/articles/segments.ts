import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';

/**
 * Marks a carried block (code, raw HTML, math, front matter data) as translatable, for example to
 * translate code comments, or back. Its translation and history are kept either way.
 */
export async function setSegmentTranslatable(viewer: Viewer, input: { segmentId: string; translatable: boolean }) {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { id: input.segmentId, archivedAt: null, article: await workableArticlesWhere(viewer, tx) },
      select: { id: true, articleId: true, translatable: true },
    });
    if (!segment) throw new NotFoundError('No such segment');
    if (segment.translatable === input.translatable) return { translatable: input.translatable };
    await tx.segment.update({ where: { id: segment.id }, data: { translatable: input.translatable }, select: { id: true } });
    await recordAudit(tx, viewer, {
      action: 'segment.translatable',
      targetType: 'segment',
      targetId: segment.id,
      detail: { articleId: segment.articleId, translatable: input.translatable },
    });
    return { translatable: input.translatable };
  });
}
