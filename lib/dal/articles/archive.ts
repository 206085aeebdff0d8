import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { deleteArticleSchema, type DeleteArticleInput } from '@/lib/validation/article-admin.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';

/*
 * Admins tidy the workspace: archiving puts an article out of the way (out of the lists and out of
 * reach of every change; `workableArticlesWhere` leaves archived articles out) and can be undone;
 * deleting removes it for good. Archiving does not unpublish: readers keep what was published (an
 * article is often archived because its work is done); unpublish separately to take it down.
 * Deleting removes the publications too, so the reading site's files go with it (the caller calls
 * `updatePublicSite` after the commit, as unpublishing does).
 */

/** Ids bound per statement: far below either engine's bound-parameter limit. */
const idsPerStatement = 500;

function assertMayManage(viewer: Viewer): void {
  if (!can(viewer, 'articles:manage')) throw new NotFoundError();
}

async function setArchived(viewer: Viewer, slug: string, archived: boolean): Promise<{ archivedAt: Date | null }> {
  assertMayManage(viewer);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug }, select: { id: true, archivedAt: true } });
    if (!article) throw new NotFoundError('No such article');
    if ((article.archivedAt !== null) === archived) {
      throw new InvalidTransitionError(archived ? 'This article is already archived' : 'This article is not archived');
    }
    const archivedAt = archived ? new Date() : null;
    // Bound to the state just read: of two admins clicking at once, one gets the error above next time.
    const updated = await tx.article.updateMany({ where: { id: article.id, archivedAt: article.archivedAt }, data: { archivedAt } });
    if (updated.count !== 1) throw new InvalidTransitionError('Someone else changed this article just now; reload and try again');
    await recordAudit(tx, viewer, { action: archived ? 'article.archive' : 'article.unarchive', targetType: 'article', targetId: article.id, detail: { slug } });
    return { archivedAt };
  });
}

/** Archives the article: hidden from the workspace lists (but for the `archived` filter) and closed to changes. */
export function archiveArticle(viewer: Viewer, slug: string) {
  return setArchived(viewer, slug, true);
}

/** Brings an archived article back into the workspace as it was. */
export function unarchiveArticle(viewer: Viewer, slug: string) {
  return setArchived(viewer, slug, false);
}

/**
 * Deletes the article with its English versions, segments, translations and their whole history,
 * comments, assignments and publications, once the admin has typed its slug to confirm. Waivers and
 * notifications that name it go too; translation memory entries made from it stay (the memory is
 * shared, and an entry stands on its own). One audit entry keeps what it was.
 */
export async function deleteArticle(viewer: Viewer, slug: string, input: DeleteArticleInput): Promise<{ slug: string; wasPublished: boolean }> {
  assertMayManage(viewer);
  const { confirm } = parseOrThrow(deleteArticleSchema, input);
  if (confirm !== slug) {
    throw new ValidationError(`Type the article's slug, ${slug}, to confirm deleting it`, { confirm: [`Type ${slug} to confirm`] });
  }
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { slug },
      select: { id: true, title: true, status: true, _count: { select: { segments: true, publications: true } } },
    });
    if (!article) throw new NotFoundError('No such article');
    // Waivers name their translation without a foreign key: removed here, a few hundred ids at a time.
    const translationIds = (await tx.translation.findMany({ where: { segment: { articleId: article.id } }, select: { id: true } })).map((row) => row.id);
    for (let start = 0; start < translationIds.length; start += idsPerStatement) {
      await tx.checkWaiver.deleteMany({ where: { translationId: { in: translationIds.slice(start, start + idsPerStatement) } } });
    }
    await tx.notification.deleteMany({ where: { articleId: article.id } });
    await tx.article.delete({ where: { id: article.id }, select: { id: true } });
    await recordAudit(tx, viewer, {
      action: 'article.delete',
      targetType: 'article',
      targetId: article.id,
      detail: { slug, title: article.title, segments: article._count.segments, publications: article._count.publications },
    });
    return { slug, wasPublished: article.status === 'published' };
  });
}
