import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { assignByEmailSchema } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { notifyAssigned } from '../accounts/notifications.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type Assignee = { id: string; name: string; email: string };

async function getArticleIdOrThrow(viewer: Viewer, slug: string): Promise<string> {
  if (!can(viewer, 'articles:assign')) throw new NotFoundError();
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) throw new NotFoundError('No such article');
  return article.id;
}

/** Who is assigned to the article, and who else could be (active translators). */
export async function listAssignments(viewer: Viewer, slug: string): Promise<{ assigned: Assignee[]; available: Assignee[] }> {
  const articleId = await getArticleIdOrThrow(viewer, slug);
  const select = { id: true, name: true, email: true } as const;
  const assigned = await db.user.findMany({ where: { assignments: { some: { articleId } } }, select, orderBy: { name: 'asc' } });
  const available = await db.user.findMany({
    where: { role: 'translator', disabledAt: null, assignments: { none: { articleId } } },
    select,
    orderBy: { name: 'asc' },
  });
  return { assigned, available };
}

/** Assigning twice changes nothing; only active accounts can be assigned. */
export async function assignUser(viewer: Viewer, slug: string, userId: string): Promise<void> {
  const articleId = await getArticleIdOrThrow(viewer, slug);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true } });
    if (!user) throw new NotFoundError('No such active user');
    const existing = await tx.articleAssignment.findUnique({ where: { articleId_userId: { articleId, userId } }, select: { userId: true } });
    await tx.articleAssignment.upsert({
      where: { articleId_userId: { articleId, userId } },
      create: { articleId, userId },
      update: {},
      select: { userId: true },
    });
    if (!existing) await notifyAssigned(tx, viewer, { userId, articleId });
    await recordAudit(tx, viewer, { action: 'article.assign', targetType: 'article', targetId: articleId, detail: { userId } });
  });
}

export async function unassignUser(viewer: Viewer, slug: string, userId: string): Promise<void> {
  const articleId = await getArticleIdOrThrow(viewer, slug);
  await db.$transaction(async (tx) => {
    const removed = await tx.articleAssignment.deleteMany({ where: { articleId, userId } });
    if (removed.count === 0) throw new NotFoundError('That user is not assigned to this article');
    await recordAudit(tx, viewer, { action: 'article.unassign', targetType: 'article', targetId: articleId, detail: { userId } });
  });
}

/** The id of the account with this e-mail, for whoever may assign (the API and `duet assign` name people by e-mail). */
async function userIdByEmailOrThrow(viewer: Viewer, email: string): Promise<string> {
  if (!can(viewer, 'articles:assign')) throw new NotFoundError();
  const parsed = parseOrThrow(assignByEmailSchema, { email });
  const user = await db.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
  if (!user) throw new NotFoundError(`No user with e-mail ${parsed.email}`);
  return user.id;
}

export async function assignUserByEmail(viewer: Viewer, slug: string, email: string): Promise<{ assigned: Assignee[] }> {
  await assignUser(viewer, slug, await userIdByEmailOrThrow(viewer, email));
  return { assigned: (await listAssignments(viewer, slug)).assigned };
}

export async function unassignUserByEmail(viewer: Viewer, slug: string, email: string): Promise<{ assigned: Assignee[] }> {
  await unassignUser(viewer, slug, await userIdByEmailOrThrow(viewer, email));
  return { assigned: (await listAssignments(viewer, slug)).assigned };
}
