import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { baseTranslationSelect, writeRevision } from '../translating/revision-write.ts';

/**
 * Links an imported Chinese block that matched no English segment to the segment it translates:
 * the block is appended to that segment's translation as a new draft revision (nothing already
 * there is replaced), and the block is marked resolved.
 */
export async function linkUnalignedBlock(viewer: Viewer, input: { blockId: string; segmentId: string }) {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const block = await tx.unalignedBlock.findFirst({
      where: { id: input.blockId, resolvedAt: null, article: await workableArticlesWhere(viewer, tx) },
      select: { id: true, text: true, articleId: true },
    });
    if (!block) throw new NotFoundError('No such unaligned block');
    const segment = await tx.segment.findFirst({
      where: { id: input.segmentId, articleId: block.articleId, archivedAt: null },
      select: { id: true, translation: { select: baseTranslationSelect } },
    });
    if (!segment?.translation) throw new NotFoundError('No such segment in this article');
    const { translation } = segment;
    const text = translation.text ? `${translation.text}\n\n${block.text}` : block.text;
    const { saved } = await writeRevision(tx, translation, { text, status: 'draft', origin: 'edit', authorId: viewer.id });
    await tx.unalignedBlock.update({ where: { id: block.id }, data: { resolvedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, viewer, { action: 'unaligned.link', targetType: 'segment', targetId: segment.id, detail: { articleId: block.articleId, blockId: block.id } });
    return { segmentId: segment.id, version: saved.version };
  });
}
