import 'server-only';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';
import { ConflictError, StaleVersionError } from '@/lib/errors.ts';
import { insertRevisions } from '../core/bulk-insert.ts';
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

export type RevisionOrigin = 'edit' | 'review_edit' | 'revert' | 'source_update' | 'xliff' | 'machine' | 'memory';

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


/** Ids bound per statement in a bulk change: far below either engine's bound-parameter limit. */
const idsPerStatement = 500;

/**
 * The bulk form of `writeRevision` for a status change (submit all, approve all): every translation
 * moves to its next version with the same text and a new status, each only where it is still at the
 * version it was read at. Grouped by version and chunked, so 3,000 translations take a dozen
 * statements. If anyone wrote one of them in between, nothing is kept: a ConflictError rolls the
 * caller's transaction back whole.
 */
export async function writeStatusChanges(
  tx: Tx & Pick<Db, '$executeRaw'>,
  bases: readonly BaseTranslation[],
  change: { status: TranslationStatus; origin: RevisionOrigin; authorId: string | null },
): Promise<SavedTranslation[]> {
  const byVersion = new Map<number, BaseTranslation[]>();
  for (const base of bases) {
    const group = byVersion.get(base.version);
    if (group) group.push(base);
    else byVersion.set(base.version, [base]);
  }
  for (const [version, group] of byVersion) {
    for (let start = 0; start < group.length; start += idsPerStatement) {
      const ids = group.slice(start, start + idsPerStatement).map((base) => base.id);
      const updated = await tx.translation.updateMany({ where: { id: { in: ids }, version }, data: { status: change.status, version: version + 1 } });
      if (updated.count !== ids.length) throw new ConflictError('Some of these translations changed while this was done; nothing was changed, try again');
    }
  }
  await insertRevisions(
    tx,
    bases.map((base) => ({
      id: crypto.randomUUID(),
      translationId: base.id,
      version: base.version + 1,
      text: base.text,
      status: change.status,
      origin: change.origin,
      authorId: change.authorId,
    })),
  );
  return bases.map((base) => ({ text: base.text, status: change.status, version: base.version + 1 }));
}
