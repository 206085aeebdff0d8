import 'server-only';
import { diffWords, type WordChange } from '@/lib/domain/markdown/word-diff.ts';
import { can } from '@/lib/domain/permissions.ts';
import type { ReviewCategory, ReviewSeverity } from '@/lib/domain/review.ts';
import { nextStatus, type TranslationStatus } from '@/lib/domain/workflow.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { revertSchema } from '@/lib/validation/translations.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { db } from '../core/db.ts';
import { writeRevision, type SavedTranslation } from './revision-write.ts';
import { translationToEditOrThrow } from './translations.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type RevisionEntry = {
  version: number;
  text: string;
  status: TranslationStatus;
  origin: string;
  author: { name: string } | null;
  createdAt: Date;
  changes: WordChange[];
  /** A reviewer's feedback on this revision (a rejection's category, severity and comment). */
  notes: Array<{ category: ReviewCategory; severity: ReviewSeverity; comment: string; reviewer: { name: string } | null; createdAt: Date }>;
};

/** Selects a translation's revisions, oldest first, with their authors and review feedback; see `revisionHistory`. */
export const revisionHistorySelect = {
  orderBy: { version: 'asc' },
  select: {
    version: true,
    text: true,
    status: true,
    origin: true,
    createdAt: true,
    author: { select: { name: true } },
    reviewNotes: {
      orderBy: { createdAt: 'asc' },
      select: { category: true, severity: true, comment: true, createdAt: true, reviewer: { select: { name: true } } },
    },
  },
} as const;

type HistoryRow = Omit<RevisionEntry, 'changes' | 'notes'> & { reviewNotes: RevisionEntry['notes'] };

/** Revisions read with `revisionHistorySelect`, newest first, each with the words it changed from the one before. */
export function revisionHistory(revisions: readonly HistoryRow[]): RevisionEntry[] {
  let previous = '';
  const entries = revisions.map(({ reviewNotes, ...revision }) => {
    const changes = diffWords(previous, revision.text);
    previous = revision.text;
    return { ...revision, changes, notes: reviewNotes };
  });
  return entries.reverse();
}

/** Every revision of a segment's translation, newest first, with the words each one changed. */
export async function listRevisions(viewer: Viewer, segmentId: string): Promise<RevisionEntry[]> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const segment = await db.segment.findFirst({
    where: { id: segmentId, archivedAt: null, article: await workableArticlesWhere(viewer) },
    select: { translation: { select: { revisions: revisionHistorySelect } } },
  });
  if (!segment?.translation) throw new NotFoundError('No such segment');
  return revisionHistory(segment.translation.revisions);
}

/**
 * Restores the text of an earlier revision as a new draft revision, so the history only grows.
 * Bound to the version the caller saw, like any save: if someone saved since, it is refused.
 */
export async function revertTranslation(viewer: Viewer, segmentId: string, input: { toVersion: number; version: number }): Promise<SavedTranslation> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const { toVersion, version } = parseOrThrow(revertSchema, input);
  return db.$transaction(async (tx) => {
    const current = await translationToEditOrThrow(tx, viewer, segmentId, version);
    const target = await tx.revision.findUnique({
      where: { translationId_version: { translationId: current.id, version: toVersion } },
      select: { text: true },
    });
    if (!target) throw new NotFoundError('No such revision');
    const transition = nextStatus(current.status, 'save', viewer);
    if (!transition.ok) throw new NotFoundError();
    return (await writeRevision(tx, current, { text: target.text, status: transition.to, origin: 'revert', authorId: viewer.id })).saved;
  });
}
