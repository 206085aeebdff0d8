import 'server-only';
import { findMentions } from '@/lib/domain/mentions.ts';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { addCommentSchema, type AddCommentInput } from '@/lib/validation/comments.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { findWorkableArticleOrThrow, workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db, type Db } from '../core/db.ts';
import { notifyMentions } from '../accounts/notifications.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type CommentView = { id: string; body: string; author: { name: string } | null; createdAt: Date; resolvedAt: Date | null };
export type CommentThread = CommentView & { replies: CommentView[] };

const commentSelect = { id: true, body: true, author: { select: { name: true } }, createdAt: true, resolvedAt: true } as const;
const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** The segments a viewer may comment on: current ones of the articles they may work on. */
async function commentableSegments(viewer: Viewer, client: Pick<Db, 'setting'> = db) {
  return { archivedAt: null, article: await workableArticlesWhere(viewer, client) };
}

function assertCanComment(viewer: Viewer): void {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
}

/**
 * Comments on a segment, or replies to a thread on it. Threads are one level deep: a reply to a
 * reply joins the thread of the comment it answers. Returns the mentioned users who were notified:
 * active, allowed to work on the article, and not the author.
 */
export async function addComment(
  viewer: Viewer,
  segmentId: string,
  input: AddCommentInput,
): Promise<{ id: string; mentionedUserIds: string[] }> {
  assertCanComment(viewer);
  const { body, parentId } = parseOrThrow(addCommentSchema, input);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { id: segmentId, ...(await commentableSegments(viewer, tx)) },
      select: { id: true, articleId: true },
    });
    if (!segment) throw new NotFoundError('No such segment');
    const threadId = parentId === undefined ? null : await findThreadIdOrThrow(tx, segment.id, parentId);
    const comment = await tx.comment.create({ data: { segmentId: segment.id, authorId: viewer.id, parentId: threadId, body }, select: { id: true } });
    const mentioned = await resolveMentions(tx, findMentions(body));
    // Only those told are returned: a mention must not reveal which addresses have accounts.
    const notify = { userIds: mentioned, articleId: segment.articleId, segmentId: segment.id, commentId: comment.id, body };
    const mentionedUserIds = await notifyMentions(tx, viewer, notify);
    await recordAudit(tx, viewer, {
      action: 'comment.create',
      targetType: 'comment',
      targetId: comment.id,
      detail: { articleId: segment.articleId, segmentId: segment.id, parentId: threadId, mentionedUserIds },
    });
    return { id: comment.id, mentionedUserIds };
  });
}

async function findThreadIdOrThrow(tx: Pick<Db, 'comment'>, segmentId: string, commentId: string): Promise<string> {
  const parent = await tx.comment.findFirst({ where: { id: commentId, segmentId }, select: { id: true, parentId: true } });
  if (!parent) throw new NotFoundError('No such comment on this segment');
  return parent.parentId ?? parent.id;
}

/** Active users named by e-mail (any case) or by their exact name, in order of first mention. */
async function resolveMentions(tx: Pick<Db, 'user'>, mentions: string[]): Promise<string[]> {
  if (mentions.length === 0) return [];
  const emails = mentions.filter((mention) => mention.includes('@')).map((mention) => mention.toLowerCase());
  const names = mentions.filter((mention) => !mention.includes('@'));
  const users = await tx.user.findMany({
    where: { disabledAt: null, OR: [{ email: { in: emails } }, { name: { in: names } }] },
    select: { id: true, email: true, name: true },
    orderBy: { createdAt: 'asc' },
  });
  const ids = mentions.flatMap((mention) =>
    users.filter((user) => (mention.includes('@') ? user.email === mention.toLowerCase() : user.name === mention)).map((user) => user.id),
  );
  return [...new Set(ids)];
}

/** A segment's threads with their replies, oldest first. */
export async function listComments(viewer: Viewer, segmentId: string): Promise<CommentThread[]> {
  assertCanComment(viewer);
  const segment = await db.segment.findFirst({ where: { id: segmentId, ...(await commentableSegments(viewer)) }, select: { id: true } });
  if (!segment) throw new NotFoundError('No such segment');
  return db.comment.findMany({
    where: { segmentId: segment.id, parentId: null },
    orderBy: oldestFirst,
    select: { ...commentSelect, replies: { orderBy: oldestFirst, select: commentSelect } },
  });
}

/** Resolves a thread (remembering who did) or reopens it. Setting the state it already has writes nothing. */
export async function setCommentResolved(viewer: Viewer, commentId: string, resolved: boolean): Promise<{ resolved: boolean }> {
  assertCanComment(viewer);
  return db.$transaction(async (tx) => {
    const thread = await tx.comment.findFirst({
      where: { id: commentId, parentId: null, segment: await commentableSegments(viewer, tx) },
      select: { id: true, resolvedAt: true },
    });
    if (!thread) throw new NotFoundError('No such comment thread');
    if ((thread.resolvedAt !== null) === resolved) return { resolved };
    await tx.comment.update({
      where: { id: thread.id },
      data: resolved ? { resolvedAt: new Date(), resolvedById: viewer.id } : { resolvedAt: null, resolvedById: null },
      select: { id: true },
    });
    await recordAudit(tx, viewer, { action: resolved ? 'comment.resolve' : 'comment.unresolve', targetType: 'comment', targetId: thread.id });
    return { resolved };
  });
}

/** Open threads on an article's current segments. */
export async function countUnresolvedComments(viewer: Viewer, articleSlug: string): Promise<number> {
  assertCanComment(viewer);
  const article = await findWorkableArticleOrThrow(viewer, articleSlug, { id: true });
  return db.comment.count({ where: { parentId: null, resolvedAt: null, segment: { articleId: article.id, archivedAt: null } } });
}
