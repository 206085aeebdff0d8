import 'server-only';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';
import { StaleVersionError } from '@/lib/errors.ts';
import type { Db } from '../core/db.ts';

/*
 * The one place a translation changes after import. Every change (a save, a status change, a
 * revert, a reviewer's approval, rejection or edit, the English changing underneath, linking an
 * unaligned block) is a new revision, written here and nowhere else: the translation row moves to
 * the next version only if it is still at the version the change was based on, and the revision
 * records that version, so the history only grows and no one's text is overwritten unseen.
 */

/** A translation as the editor and the API know it: its text, its status and the version it is at. */
export type SavedTranslation = { text: string; status: TranslationStatus; version: number };

/** The translation a change is based on, as read in the same transaction. */
export type BaseTranslation = SavedTranslation & { id: string };

export type RevisionOrigin = 'edit' | 'review_edit' | 'revert' | 'source_update';

export type RevisionChange = { text: string; status: TranslationStatus; origin: RevisionOrigin; authorId: string | null };

type Tx = Pick<Db, 'translation' | 'revision'>;

/** What to select to get a `BaseTranslation`. */
export const baseTranslationSelect = { id: true, text: true, status: true, version: true } as const;

/** The conflict to report when a write names a version that is no longer current: carries the current one. */
export function staleVersionError(current: SavedTranslation): StaleVersionError {
  return new StaleVersionError({ text: current.text, status: current.status, version: current.version });
}

/**
 * The caller's version check: refuses a change based on another version than the current one.
 * (`writeRevision` checks again in its WHERE, against writers in other transactions.)
 */
export function assertCurrentVersion(current: BaseTranslation, version: number): void {
  if (current.version !== version) throw staleVersionError(current);
}

/**
 * Writes `change` as the translation's next version and its revision. The version in the WHERE
 * makes the check and the write one atomic step, even across instances: if someone committed a
 * newer version since `base` was read, nothing is written and the caller gets a StaleVersionError
 * with the text that won (read again: on PostgreSQL the write waited for that commit).
 */
export async function writeRevision(tx: Tx, base: BaseTranslation, change: RevisionChange): Promise<{ saved: SavedTranslation; revisionId: string }> {
  const version = base.version + 1;
  const updated = await tx.translation.updateMany({
    where: { id: base.id, version: base.version },
    data: { text: change.text, status: change.status, version },
  });
  if (updated.count !== 1) {
    throw staleVersionError(await tx.translation.findUniqueOrThrow({ where: { id: base.id }, select: baseTranslationSelect }));
  }
  const revision = await tx.revision.create({
    data: { translationId: base.id, version, text: change.text, status: change.status, origin: change.origin, authorId: change.authorId },
    select: { id: true },
  });
  return { saved: { text: change.text, status: change.status, version }, revisionId: revision.id };
}

