import 'server-only';
import type { Credits } from '@/lib/domain/article-metadata.ts';
import { can } from '@/lib/domain/permissions.ts';
import { creditsFromRevisions, type RevisionFacts } from '@/lib/domain/revision-authors.ts';
import { z } from 'zod';
import type { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { db, type Db } from './db.ts';
import { readSettings } from './settings.ts';
import { CorruptRecordError } from './stored-json.ts';
import type { Viewer } from './viewer-types.ts';

const importedCreditsSchema = z.object({ translators: z.array(z.string()).optional(), reviewers: z.array(z.string()).optional() });

/**
 * The articles a viewer may work on, as a `where` clause: all for reviewers and admins, and for
 * translators the ones assigned to them, or all when the admin setting `translators.editAnyArticle`
 * is on. Inside a transaction pass its client, so the setting is read in the same transaction.
 * An archived article is nobody's work: it is left out (so nothing in it can be changed) unless
 * `includeArchived` asks for it, for the pages that show it as archived.
 */
export async function workableArticlesWhere(viewer: Viewer, client: Pick<Db, 'setting'> = db, options: { includeArchived?: boolean } = {}) {
  const archived = options.includeArchived ? {} : { archivedAt: null };
  if (await mayWorkOnEveryArticle(viewer, client)) return archived;
  return { ...archived, assignments: { some: { userId: viewer.id ?? '' } } };
}

/** Whether `workableArticlesWhere` lets the viewer work on every article, not only their assigned ones. */
export async function mayWorkOnEveryArticle(viewer: Viewer, client: Pick<Db, 'setting'> = db): Promise<boolean> {
  if (can(viewer, 'articles:read-all')) return true;
  return can(viewer, 'translations:edit') && (await readSettings(client))['translators.editAnyArticle'];
}

/** Selects a segment's translation history, oldest first, with what credits are computed from. */
const revisionAuthorsSelect = {
  revisions: {
    orderBy: { version: 'asc' as const },
    select: { text: true, status: true, origin: true, author: { select: { name: true } } } as const,
  },
};

const currentTranslationSelect = { text: true, status: true, version: true } as const;

/**
 * An article's segments as they stand (not archived by a source update), in order, each with its
 * current translation: for `select: { segments: currentSegmentsSelect }`.
 */
export const currentSegmentsSelect = {
  where: { archivedAt: null },
  orderBy: { position: 'asc' },
  select: {
    id: true,
    position: true,
    kind: true,
    source: true,
    previousSource: true,
    translatable: true,
    translation: { select: currentTranslationSelect },
  },
} as const;

/** The same, with each translation's history for crediting its writers and reviewers. */
export const currentSegmentsWithAuthorsSelect = {
  ...currentSegmentsSelect,
  select: {
    ...currentSegmentsSelect.select,
    translation: { select: { ...currentTranslationSelect, layout: true, ...revisionAuthorsSelect } },
  },
} as const;

type WithRevisionAuthors = {
  translation: { revisions: Array<Omit<RevisionFacts<unknown>, 'author'> & { author: { name: string } | null }> } | null;
};

/** Credits carried in with the import, plus everyone who wrote or reviewed a translation since. */
export function creditsFor(importedCredits: string, segments: readonly WithRevisionAuthors[]): Credits {
  const imported = CorruptRecordError.parse(importedCreditsSchema, importedCredits, 'imported credits');
  const importedTextCredited = (imported.translators?.length ?? 0) + (imported.reviewers?.length ?? 0) > 0;
  const fromHistory = segments.map((segment) =>
    creditsFromRevisions(
      (segment.translation?.revisions ?? []).map((revision) => ({ ...revision, author: revision.author?.name ?? null })),
      { importedTextCredited },
    ),
  );
  return {
    translators: [...new Set([...(imported.translators ?? []), ...fromHistory.flatMap((credits) => credits.translators)])],
    reviewers: [...new Set([...(imported.reviewers ?? []), ...fromHistory.flatMap((credits) => credits.reviewers)])],
  };
}

/**
 * The one way to load an article by slug for someone working on it: only an article the viewer may
 * work on is found, anything else (unknown, not assigned) is "not found" alike.
 */
export async function findWorkableArticleOrThrow<const S extends Prisma.ArticleSelect>(
  viewer: Viewer,
  slug: string,
  select: S,
  client: Pick<Db, 'article' | 'setting'> = db,
  options: { includeArchived?: boolean } = {},
): Promise<Prisma.ArticleGetPayload<{ select: S }>> {
  const article = await client.article.findFirst({ where: { slug, ...(await workableArticlesWhere(viewer, client, options)) }, select });
  if (!article) throw new NotFoundError('No such article');
  return article as Prisma.ArticleGetPayload<{ select: S }>;
}

/** Segments read per query: relations are loaded with one bound value per row, and engines cap those. */
const segmentPage = 500;

/**
 * An article's current segments in order, with `select` (currentSegmentsSelect.select or the one
 * with authors), read page by page: a single query for a 16,000-segment article would bind more
 * values than the database allows (Prisma P2029). Inside a transaction pass its client, so every
 * page reads the same state.
 */
export async function findCurrentSegments<const S extends Prisma.SegmentSelect>(
  client: Pick<Db, 'segment'>,
  articleId: string,
  select: S,
): Promise<Array<Prisma.SegmentGetPayload<{ select: S }>>> {
  const segments: Array<Prisma.SegmentGetPayload<{ select: S }>> = [];
  let after: string | undefined;
  for (;;) {
    const page = (await client.segment.findMany({
      where: { articleId, archivedAt: null },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      take: segmentPage,
      ...(after !== undefined && { cursor: { id: after }, skip: 1 }),
      select: { ...select, id: true } as Prisma.SegmentSelect,
    })) as unknown as Array<Prisma.SegmentGetPayload<{ select: S }> & { id: string }>;
    segments.push(...page);
    if (page.length < segmentPage) return segments;
    after = page[page.length - 1]!.id;
  }
}
