import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { auditQuerySchema, type AuditQuery } from '@/lib/validation/reviews.ts';
import { db, type Db } from './db.ts';
import type { Viewer } from './viewer-types.ts';
import { readDetail } from './stored-json.ts';

type Tx = Pick<Db, 'auditEvent'>;

export type AuditInput = {
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  ip?: string;
};

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(tx: Tx, actor: { id: string | null } | null, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: event.action,
      targetType: event.targetType ?? '',
      targetId: event.targetId ?? '',
      detail: JSON.stringify(event.detail ?? {}),
      ip: event.ip ?? '',
    },
    select: { id: true },
  });
}

export type AuditEventView = {
  id: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
  ip: string;
  createdAt: Date;
  /** The names the entry's ids stand for today (null when that thing was deleted since). */
  subjects: { article: { slug: string; title: string } | null; user: string | null; repository: string | null };
};

/**
 * Admins: audit events newest first, optionally of one action, one actor or one article (entries
 * about the article itself and about its segments). Pages are cut by cursor: pass the `nextCursor`
 * of one page as `before` to get the next (older) one.
 */
export async function listAuditEvents(viewer: Viewer, query: AuditQuery): Promise<{ events: AuditEventView[]; nextCursor: string | null }> {
  if (!can(viewer, 'audit:read')) throw new NotFoundError();
  const { action, actorId, articleId, before, limit } = parseOrThrow(auditQuerySchema, query);
  const rows = await db.auditEvent.findMany({
    where: {
      ...(action !== undefined && { action }),
      ...(actorId !== undefined && { actorId }),
      // Segment-level entries name their article in the detail (`"articleId":"…"`, as JSON.stringify writes it).
      ...(articleId !== undefined && { OR: [{ targetType: 'article', targetId: articleId }, { detail: { contains: `"articleId":${JSON.stringify(articleId)}` } }] }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(before !== undefined && { cursor: { id: before }, skip: 1 }),
    select: {
      id: true,
      action: true,
      actor: { select: { id: true, name: true, email: true } },
      targetType: true,
      targetId: true,
      detail: true,
      ip: true,
      createdAt: true,
    },
  });
  const stored = rows.slice(0, limit).map((row) => ({ ...row, detail: readDetail(row.detail, 'audit detail') }));
  const page = mergeRuns(stored);
  const subjects = await subjectsOf(page);
  return {
    events: page.map((event, index) => ({ ...event, subjects: subjects[index]! })),
    nextCursor: rows.length > limit ? (stored.at(-1)?.id ?? null) : null,
  };
}

/**
 * A bulk action done in batches (pre-translation: `detail.run`) is one entry: its batches, next to
 * each other newest first, become the newest one with the counts added up and `batches` counted.
 * The stored entries stay as they were written.
 */
function mergeRuns<E extends { action: string; actor: { id: string } | null; targetId: string; detail: Record<string, unknown> }>(events: E[]): E[] {
  const merged: E[] = [];
  for (const event of events) {
    const previous = merged.at(-1);
    const run = event.detail.run;
    if (typeof run === 'string' && previous && previous.detail.run === run && previous.action === event.action && previous.targetId === event.targetId && previous.actor?.id === event.actor?.id) {
      const filled = Number(previous.detail.filled ?? 0) + Number(event.detail.filled ?? 0);
      merged[merged.length - 1] = { ...previous, detail: { ...previous.detail, filled, batches: Number(previous.detail.batches ?? 1) + 1 } };
    } else merged.push(event);
  }
  return merged;
}

type StoredEvent = { targetType: string; targetId: string; detail: Record<string, unknown> };

const idIn = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The article, user and repository each event is about, by name, in three or four queries for the page. */
async function subjectsOf(events: readonly StoredEvent[]): Promise<AuditEventView['subjects'][]> {
  const segmentIdOf = (event: StoredEvent) => (event.targetType === 'segment' ? event.targetId : idIn(event.detail.segmentId));
  const segmentIds = [...new Set(events.flatMap((event) => (idIn(event.detail.articleId) === null && segmentIdOf(event) ? [segmentIdOf(event)!] : [])))];
  const segments = segmentIds.length === 0 ? [] : await db.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, articleId: true } });
  const articleOfSegment = new Map(segments.map((segment) => [segment.id, segment.articleId]));
  const articleIdOf = (event: StoredEvent) =>
    event.targetType === 'article' ? event.targetId : (idIn(event.detail.articleId) ?? articleOfSegment.get(segmentIdOf(event) ?? '') ?? null);
  const userIdOf = (event: StoredEvent) => (event.targetType === 'user' ? event.targetId : idIn(event.detail.userId));
  const repositoryIdOf = (event: StoredEvent) => (event.targetType === 'repository' ? event.targetId : null);
  const ids = (of: (event: StoredEvent) => string | null) => [...new Set(events.flatMap((event) => (of(event) ? [of(event)!] : [])))];
  const [articles, users, repositories] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids(articleIdOf) } }, select: { id: true, slug: true, title: true } }),
    db.user.findMany({ where: { id: { in: ids(userIdOf) } }, select: { id: true, name: true } }),
    db.repository.findMany({ where: { id: { in: ids(repositoryIdOf) } }, select: { id: true, name: true } }),
  ]);
  const articleById = new Map(articles.map(({ id, ...article }) => [id, article]));
  const userById = new Map(users.map((user) => [user.id, user.name]));
  const repositoryById = new Map(repositories.map((repository) => [repository.id, repository.name]));
  return events.map((event) => ({
    article: articleById.get(articleIdOf(event) ?? '') ?? null,
    user: userById.get(userIdOf(event) ?? '') ?? null,
    repository: repositoryById.get(repositoryIdOf(event) ?? '') ?? null,
  }));
}

/** Admins: every action that occurs in the log, for filtering by it. */
export async function listAuditActions(viewer: Viewer): Promise<string[]> {
  if (!can(viewer, 'audit:read')) throw new NotFoundError();
  const groups = await db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } });
  return groups.map((group) => group.action);
}

/** Admins: every article (archived ones too), to filter the log by one. */
export async function listAuditArticles(viewer: Viewer): Promise<Array<{ id: string; title: string }>> {
  if (!can(viewer, 'audit:read')) throw new NotFoundError();
  return db.article.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
}
