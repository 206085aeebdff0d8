import 'server-only';
import { can, roles } from '@/lib/domain/permissions.ts';
import { currentTextWriter, type RevisionFacts } from '@/lib/domain/revision-authors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { listNotificationsSchema, markReadIdsSchema, type ListNotificationsInput } from '@/lib/validation/reviews.ts';
import { mayWorkOnEveryArticle, workableArticlesWhere } from '../core/article-access.ts';
import { db, type Db } from '../core/db.ts';
import { readSettings } from '../core/settings.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { readDetail } from '../core/stored-json.ts';

export type NotificationKind = 'rejected' | 'review_edit' | 'approved' | 'mention' | 'outdated' | 'assigned' | 'resubmitted';

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  actor: { name: string } | null;
  article: { slug: string; title: string } | null;
  segmentId: string | null;
  /** Kind-specific: feedback for `rejected`, `before`/`after` for `review_edit`, an excerpt for `mention`… */
  detail: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
};

type Actor = { id: string | null };
type NotifyInput = { kind: NotificationKind; recipients: readonly string[]; articleId: string; segmentId?: string; detail?: Record<string, unknown> };
type Tx = Pick<Db, 'notification' | 'user' | 'setting'>;

/**
 * Kinds that say only "this happened to n segments": a new one joins the recipient's unread one of
 * the same kind, article and actor, so a reviewer's 22 approvals are one notification with a count
 * and do not bury the one rejection (which carries its own feedback and stays on its own).
 */
const countedKinds: ReadonlySet<NotificationKind> = new Set(['approved', 'resubmitted']);

/**
 * Tells users about something `actor` just did, and returns who was told. Call it with the
 * transaction that makes the change, so the notification exists exactly when the change does. Only
 * active users who may work on the article now are told (a translator unassigned since they wrote
 * the text is not sent the reviewer's edits or comments), and the actor is never told about their own act.
 */
export async function notifyUsers(tx: Tx, actor: Actor, input: NotifyInput): Promise<string[]> {
  const candidates = [...new Set(input.recipients)].filter((id) => id !== actor.id);
  const userIds = await usersWhoMayWorkOn(tx, candidates, input.articleId);
  if (userIds.length === 0) return [];
  const fresh = countedKinds.has(input.kind) ? await joinUnread(tx, actor, input, userIds) : userIds;
  await tx.notification.createMany({
    data: fresh.map((userId) => ({
      userId,
      kind: input.kind,
      actorId: actor.id,
      articleId: input.articleId,
      segmentId: input.segmentId ?? null,
      detail: JSON.stringify(input.detail ?? {}),
    })),
  });
  return userIds;
}

/** Adds a counted notification to each recipient's unread one like it; returns the recipients who have none. */
async function joinUnread(tx: Tx, actor: Actor, input: NotifyInput, userIds: readonly string[]): Promise<string[]> {
  const unread = await tx.notification.findMany({
    where: { userId: { in: [...userIds] }, kind: input.kind, articleId: input.articleId, actorId: actor.id, readAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, userId: true, segmentId: true, detail: true },
  });
  const joined = new Set<string>();
  for (const notification of unread) {
    if (joined.has(notification.userId)) continue;
    joined.add(notification.userId);
    const detail = readDetail(notification.detail, 'notification detail');
    const count = countOf(detail) + countOf(input.detail ?? {});
    await tx.notification.update({
      where: { id: notification.id },
      // Several segments: the notification leads to the article, not to one of them.
      data: { detail: JSON.stringify({ count }), segmentId: notification.segmentId === (input.segmentId ?? null) ? notification.segmentId : null, createdAt: new Date() },
    });
  }
  return userIds.filter((id) => !joined.has(id));
}

function countOf(detail: Record<string, unknown>): number {
  return typeof detail.count === 'number' && Number.isInteger(detail.count) && detail.count > 0 ? detail.count : 1;
}

/**
 * After a translator sends translations back for review: the reviewer who last rejected each one
 * (since its last approval) is told, one notification per reviewer with a count.
 */
export async function notifyResubmitted(
  tx: Tx & Pick<Db, 'revision'>,
  actor: Actor,
  input: { articleId: string; translations: ReadonlyArray<{ translationId: string; segmentId: string }> },
): Promise<void> {
  const segmentsByReviewer = new Map<string, string[]>();
  for (let start = 0; start < input.translations.length; start += 500) {
    const chunk = input.translations.slice(start, start + 500);
    const rejections = await tx.revision.findMany({
      where: { translationId: { in: chunk.map((translation) => translation.translationId) }, status: { in: ['rejected', 'approved'] } },
      orderBy: [{ translationId: 'asc' }, { version: 'asc' }],
      select: { translationId: true, status: true, authorId: true },
    });
    for (const { translationId, segmentId } of chunk) {
      const last = rejections.filter((revision) => revision.translationId === translationId).at(-1);
      if (last?.status === 'rejected' && last.authorId) segmentsByReviewer.set(last.authorId, [...(segmentsByReviewer.get(last.authorId) ?? []), segmentId]);
    }
  }
  for (const [reviewer, segmentIds] of segmentsByReviewer) {
    await notifyUsers(tx, actor, {
      kind: 'resubmitted',
      recipients: [reviewer],
      articleId: input.articleId,
      ...(segmentIds.length === 1 && { segmentId: segmentIds[0] }),
      detail: { count: segmentIds.length },
    });
  }
}

/** The given users who may work on the article, in the given order: nobody is sent what they may not open. */
async function usersWhoMayWorkOn(tx: Pick<Db, 'user' | 'setting'>, userIds: readonly string[], articleId: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const anyArticle = (await readSettings(tx))['translators.editAnyArticle'];
  const seeAll = roles.filter((role) => can({ role }, 'articles:read-all') || (anyArticle && can({ role }, 'translations:edit')));
  const users = await tx.user.findMany({
    where: { id: { in: [...userIds] }, disabledAt: null, OR: [{ role: { in: seeAll } }, { assignments: { some: { articleId } } }] },
    select: { id: true },
  });
  const allowed = new Set(users.map((user) => user.id));
  return userIds.filter((id) => allowed.has(id));
}

/** Tells the mentioned users who may see the article; returns them (never the author or outsiders). */
export async function notifyMentions(
  tx: Tx,
  actor: Actor,
  input: { userIds: readonly string[]; articleId: string; segmentId: string; commentId: string; body: string },
): Promise<string[]> {
  return notifyUsers(tx, actor, {
    kind: 'mention',
    recipients: input.userIds,
    articleId: input.articleId,
    segmentId: input.segmentId,
    detail: { commentId: input.commentId, excerpt: input.body.slice(0, 280) },
  });
}

export async function notifyAssigned(tx: Tx, actor: Actor, input: { userId: string; articleId: string }): Promise<void> {
  await notifyUsers(tx, actor, { kind: 'assigned', recipients: [input.userId], articleId: input.articleId });
}

/**
 * After a source update: each translation that became outdated is announced to the writer of its
 * text, one notification per writer naming how many of their segments changed, not one per segment.
 */
export async function notifyOutdated(
  tx: Tx & Pick<Db, 'revision'>,
  actor: Actor,
  input: { articleId: string; translations: ReadonlyArray<{ translationId: string; segmentId: string }> },
): Promise<void> {
  const segmentsByWriter = new Map<string, string[]>();
  // Chunked: a large update can outdate thousands of translations, more than a query may bind.
  for (let start = 0; start < input.translations.length; start += 500) {
    const chunk = input.translations.slice(start, start + 500);
    const revisions = await tx.revision.findMany({
      where: { translationId: { in: chunk.map((translation) => translation.translationId) } },
      orderBy: [{ translationId: 'asc' }, { version: 'asc' }],
      select: { translationId: true, text: true, status: true, origin: true, authorId: true },
    });
    for (const { translationId, segmentId } of chunk) {
      const history: RevisionFacts<string>[] = revisions
        .filter((revision) => revision.translationId === translationId)
        .map((revision) => ({ ...revision, author: revision.authorId }));
      const writer = currentTextWriter(history);
      if (writer !== null) segmentsByWriter.set(writer, [...(segmentsByWriter.get(writer) ?? []), segmentId]);
    }
  }
  for (const [writer, segmentIds] of segmentsByWriter) {
    await notifyUsers(tx, actor, {
      kind: 'outdated',
      recipients: [writer],
      articleId: input.articleId,
      segmentId: segmentIds[0]!,
      detail: { count: segmentIds.length, segmentIds: segmentIds.slice(0, 100) },
    });
  }
}

/**
 * The viewer's notifications about articles they may work on now. Access is checked again when they
 * are read, not only when they were sent: after a translator is unassigned, what they were told about
 * the article (its title, a reviewer's edit, feedback) is no longer shown to them.
 */
async function ownVisibleNotificationsWhere(viewer: Viewer) {
  const userId = viewer.id ?? '';
  if (await mayWorkOnEveryArticle(viewer)) return { userId };
  const articles = await db.article.findMany({ where: await workableArticlesWhere(viewer), select: { id: true } });
  return { userId, OR: [{ articleId: null }, { articleId: { in: articles.map((article) => article.id) } }] };
}

/** The viewer's own notifications, newest first. */
export async function listNotifications(viewer: Viewer, input: ListNotificationsInput = {}): Promise<NotificationItem[]> {
  const { unreadOnly, limit, before } = parseOrThrow(listNotificationsSchema, input);
  const rows = await db.notification.findMany({
    where: { ...(await ownVisibleNotificationsWhere(viewer)), ...(unreadOnly && { readAt: null }) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    ...(before !== undefined && { cursor: { id: before }, skip: 1 }),
    select: { id: true, kind: true, actor: { select: { name: true } }, articleId: true, segmentId: true, detail: true, readAt: true, createdAt: true },
  });
  const articleIds = [...new Set(rows.flatMap((row) => (row.articleId ? [row.articleId] : [])))];
  const articles = await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } });
  const articleById = new Map(articles.map(({ id, ...article }) => [id, article]));
  return rows.map(({ articleId, detail, ...row }) => ({
    ...row,
    article: (articleId && articleById.get(articleId)) || null,
    detail: readDetail(detail, 'notification detail'),
  }));
}

export async function countUnread(viewer: Viewer): Promise<number> {
  return db.notification.count({ where: { ...(await ownVisibleNotificationsWhere(viewer)), readAt: null } });
}

/** Marks some (by id) or all of the viewer's notifications read; ids of others' notifications change nothing. */
export async function markRead(viewer: Viewer, target: readonly string[] | 'all'): Promise<{ count: number }> {
  const ids = target === 'all' ? null : parseOrThrow(markReadIdsSchema, target);
  const { count } = await db.notification.updateMany({
    where: { userId: viewer.id ?? '', readAt: null, ...(ids && { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { count };
}
