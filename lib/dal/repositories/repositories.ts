import 'server-only';
import { scrubCredentials, secretsOfUrl } from '@/lib/domain/repo/credentials.ts';
import { can } from '@/lib/domain/permissions.ts';
import { ConflictError, DuplicateError, NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { addRepositorySchema, repositoryNameSchema, syncIntervalSchema, type AddRepositoryInput } from '@/lib/validation/repositories.ts';
import { recordAudit } from '../core/audit.ts';
import { db } from '../core/db.ts';
import { isUniqueViolation } from '../core/prisma-errors.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { readSyncRecord, syncRecordSchema, type SyncRecord } from './sync-record.ts';

/** Repositories are the instance's configuration: admins manage them, and nobody else sees them. */
export function assertCanManageRepositories(viewer: Viewer): void {
  if (!can(viewer, 'settings:manage')) throw new NotFoundError();
}

/** What git needs to reach a repository. The URL may hold credentials: never show or log it as is. */
export type RepositoryRemote = { id: string; name: string; url: string; branch: string; sourcesGlob: string; translationTemplate: string };

const remoteSelect = { id: true, name: true, url: true, branch: true, sourcesGlob: true, translationTemplate: true } as const;

export async function getRepositoryRemoteOrThrow(viewer: Viewer, name: string): Promise<RepositoryRemote> {
  assertCanManageRepositories(viewer);
  const repository = await db.repository.findUnique({ where: { name: parseOrThrow(repositoryNameSchema, name) }, select: remoteSelect });
  if (!repository) throw new NotFoundError(`No repository named "${name}"`);
  return repository;
}

/** A repository as people see it: the URL without credentials, and the last sync's outcome per file. */
export type RepositoryView = {
  name: string;
  url: string;
  branch: string;
  sourcesGlob: string;
  translationTemplate: string;
  syncIntervalMinutes: number | null;
  lastSyncedAt: Date | null;
  lastSync: SyncRecord | null;
  articles: number;
  published: number;
};

/** Records a repository whose URL, branch and glob were checked by `lib/repo/add.ts`. */
export async function createRepository(viewer: Viewer, input: AddRepositoryInput): Promise<RepositoryView> {
  assertCanManageRepositories(viewer);
  const data = parseOrThrow(addRepositorySchema, input);
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.repository.create({
        data: {
          name: data.name,
          url: data.url,
          branch: data.branch,
          sourcesGlob: data.sources,
          translationTemplate: data.translations,
          syncIntervalMinutes: data.syncIntervalMinutes ?? null,
        },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: 'repository.add',
        targetType: 'repository',
        targetId: created.id,
        detail: { name: data.name, url: scrubCredentials(data.url, secretsOfUrl(data.url)), branch: data.branch },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError(`A repository named "${data.name}" exists already`, 'repository');
    throw error;
  }
  return (await listRepositories(viewer)).find((repository) => repository.name === data.name)!;
}

export async function listRepositories(viewer: Viewer): Promise<RepositoryView[]> {
  assertCanManageRepositories(viewer);
  const rows = await db.repository.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      url: true,
      branch: true,
      sourcesGlob: true,
      translationTemplate: true,
      syncIntervalMinutes: true,
      lastSyncedAt: true,
      lastSyncResult: true,
    },
  });
  const counts = await db.article.groupBy({ by: ['repositoryId', 'status'], where: { repositoryId: { in: rows.map((row) => row.id) } }, _count: { _all: true } });
  return rows.map(({ id, url, lastSyncResult, ...row }) => {
    const mine = counts.filter((count) => count.repositoryId === id);
    return {
      ...row,
      url: scrubCredentials(url, secretsOfUrl(url)),
      lastSync: lastSyncResult === null ? null : readSyncRecord(lastSyncResult),
      articles: mine.reduce((sum, count) => sum + count._count._all, 0),
      published: mine.filter((count) => count.status === 'published').reduce((sum, count) => sum + count._count._all, 0),
    };
  });
}

/** The articles synced from a repository, by source path, with the English of their latest version. */
export async function findRepositoryArticles(viewer: Viewer, repositoryId: string): Promise<Map<string, { slug: string; markdown: string }>> {
  assertCanManageRepositories(viewer);
  const articles = await db.article.findMany({
    where: { repositoryId },
    select: { slug: true, repositoryPath: true, sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { markdown: true } } },
  });
  return new Map(articles.map((article) => [article.repositoryPath ?? '', { slug: article.slug, markdown: article.sourceVersions[0]?.markdown ?? '' }]));
}

/** Keeps a sync's outcome for the admin page, and audits who ran it. */
export async function recordRepositorySync(viewer: Viewer, repositoryId: string, record: SyncRecord): Promise<void> {
  assertCanManageRepositories(viewer);
  const stored = syncRecordSchema.parse(record);
  const counts = Object.fromEntries(['imported', 'updated', 'unchanged', 'failed'].map((outcome) => [outcome, stored.files.filter((file) => file.outcome === outcome).length]));
  await db.$transaction(async (tx) => {
    await tx.repository.update({
      where: { id: repositoryId },
      data: { lastSyncResult: JSON.stringify(stored), lastSyncedAt: new Date() },
      select: { id: true },
    });
    await recordAudit(tx, viewer, {
      action: stored.error === null ? 'repository.sync' : 'repository.sync_failure',
      targetType: 'repository',
      targetId: repositoryId,
      detail: { commit: stored.commit, ...counts, ...(stored.error !== null && { error: stored.error }) },
    });
  });
}

/** A published article from a repository, and whether anything changed since its latest publication. */
export type RepositoryPublication = { slug: string; path: string; changedSincePublication: boolean };

/**
 * The published articles synced from a repository. An article edited after its latest publication
 * (a new revision or a new English version) is marked: its export would carry text nobody published.
 */
export async function listRepositoryPublications(viewer: Viewer, repositoryId: string): Promise<RepositoryPublication[]> {
  assertCanManageRepositories(viewer);
  const articles = await db.article.findMany({
    where: { repositoryId, status: 'published', repositoryPath: { not: null } },
    orderBy: { repositoryPath: 'asc' },
    select: { id: true, slug: true, repositoryPath: true, publications: { orderBy: { number: 'desc' }, take: 1, select: { publishedAt: true } } },
  });
  return Promise.all(
    articles.map(async (article) => {
      const publishedAt = article.publications[0]?.publishedAt ?? new Date(0);
      const [revisions, versions] = await Promise.all([
        db.revision.count({ where: { createdAt: { gt: publishedAt }, translation: { segment: { articleId: article.id } } } }),
        db.sourceVersion.count({ where: { articleId: article.id, createdAt: { gt: publishedAt } } }),
      ]);
      return { slug: article.slug, path: article.repositoryPath!, changedSincePublication: revisions + versions > 0 };
    }),
  );
}

export async function recordRepositoryPush(
  viewer: Viewer,
  repositoryId: string,
  push: { branch: string; commit: string; files: string[]; skipped: string[] },
): Promise<void> {
  assertCanManageRepositories(viewer);
  await recordAudit(db, viewer, { action: 'repository.push', targetType: 'repository', targetId: repositoryId, detail: push });
}

/** Turns the periodic sync on (every `minutes`) or off (null). */
export async function setRepositorySyncInterval(viewer: Viewer, name: string, minutes: number | null): Promise<void> {
  const repository = await getRepositoryRemoteOrThrow(viewer, name);
  const interval = parseOrThrow(syncIntervalSchema, minutes);
  await db.$transaction(async (tx) => {
    await tx.repository.update({ where: { id: repository.id }, data: { syncIntervalMinutes: interval }, select: { id: true } });
    await recordAudit(tx, viewer, { action: 'repository.schedule', targetType: 'repository', targetId: repository.id, detail: { syncIntervalMinutes: interval } });
  });
}

/**
 * Names of the repositories whose periodic sync is due (never synced, or last synced an interval
 * ago), each claimed by moving its last sync time to now only where it is still what was read: of
 * several instances sharing the database, one syncs it.
 */
export async function claimRepositoriesDueForSync(viewer: Viewer, now = new Date()): Promise<string[]> {
  assertCanManageRepositories(viewer);
  const scheduled = await db.repository.findMany({
    where: { syncIntervalMinutes: { not: null } },
    select: { id: true, name: true, syncIntervalMinutes: true, lastSyncedAt: true },
  });
  const claimed: string[] = [];
  for (const repository of scheduled) {
    const last = repository.lastSyncedAt;
    if (last && now.getTime() - last.getTime() < repository.syncIntervalMinutes! * 60_000) continue;
    const { count } = await db.repository.updateMany({ where: { id: repository.id, lastSyncedAt: last }, data: { lastSyncedAt: now } });
    if (count === 1) claimed.push(repository.name);
  }
  return claimed;
}
