import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { nextStatus } from '@/lib/domain/workflow.ts';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { saveTranslationSchema } from '@/lib/validation/translations.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { db, type Db } from '../core/db.ts';
import { limitSaves } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type SavedTranslation = { text: string; status: string; version: number };

const translationSelect = { id: true, text: true, status: true, version: true } as const;

/** The conflict to report when a write names a version that is no longer current: carries the current one. */
export function staleVersionError(current: SavedTranslation): StaleVersionError {
  return new StaleVersionError({ text: current.text, status: current.status, version: current.version });
}

/**
 * The conflict to report when a version-bound write matched no row: someone committed a newer
 * version between our read and our write. It is read again so the caller gets the text that won
 * (on PostgreSQL the write waited for that commit; our earlier read is already stale).
 */
export async function lostRaceError(tx: Pick<Db, 'translation'>, translationId: string): Promise<StaleVersionError> {
  return staleVersionError(await tx.translation.findUniqueOrThrow({ where: { id: translationId }, select: translationSelect }));
}

/**
 * Saves a new text for a segment as a new revision. The save names the version it was based on:
 * if anyone saved in between, it is refused with their text (StaleVersionError), so the editor can
 * merge and nothing is overwritten. Saving the same text again writes nothing. Each attempt takes
 * from the user's save allowance (RateLimitedError when it is spent; see rate-limit.ts).
 */
export async function saveTranslation(viewer: Viewer, segmentId: string, input: { text: string; version: number }): Promise<SavedTranslation> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  limitSaves(viewer);
  const { text, version } = parseOrThrow(saveTranslationSchema, input);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { id: segmentId, archivedAt: null, article: await workableArticlesWhere(viewer, tx) },
      select: { translatable: true, translation: { select: translationSelect } },
    });
    if (!segment?.translation) throw new NotFoundError('No such segment');
    const current = segment.translation;
    if (!segment.translatable) throw new InvalidTransitionError('This block is carried untranslated; mark it translatable first');
    if (current.version !== version) throw staleVersionError(current);
    if (current.text === text && current.status === 'draft') return { text, status: current.status, version };
    const transition = nextStatus(current.status, 'save', viewer);
    if (!transition.ok) throw new NotFoundError();
    // The version in the WHERE makes the check and the write one atomic step, even across instances.
    const updated = await tx.translation.updateMany({
      where: { id: current.id, version },
      data: { text, status: transition.to, version: version + 1 },
    });
    if (updated.count !== 1) throw await lostRaceError(tx, current.id);
    await tx.revision.create({
      data: { translationId: current.id, version: version + 1, text, status: transition.to, origin: 'edit', authorId: viewer.id },
      select: { id: true },
    });
    return { text, status: transition.to, version: version + 1 };
  });
}

/**
 * Moves a translation along the workflow without changing its text: `submit` sends it for review,
 * `keep` says an outdated translation still fits its changed source. Bound to the version the
 * caller saw; the status change is recorded as a revision like any other.
 */
export async function changeTranslationStatus(
  viewer: Viewer,
  segmentId: string,
  input: { event: 'submit' | 'keep'; version: number },
): Promise<SavedTranslation> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { id: segmentId, archivedAt: null, translatable: true, article: await workableArticlesWhere(viewer, tx) },
      select: { translation: { select: translationSelect } },
    });
    if (!segment?.translation) throw new NotFoundError('No such segment');
    const current = segment.translation;
    if (current.version !== input.version) throw staleVersionError(current);
    const transition = nextStatus(current.status, input.event, viewer);
    if (!transition.ok) {
      if (transition.reason === 'not_allowed') throw new NotFoundError();
      throw new InvalidTransitionError(`A ${current.status} translation cannot be ${input.event === 'submit' ? 'submitted' : 'kept'}`);
    }
    const version = current.version + 1;
    const updated = await tx.translation.updateMany({ where: { id: current.id, version: current.version }, data: { status: transition.to, version } });
    if (updated.count !== 1) throw await lostRaceError(tx, current.id);
    await tx.revision.create({
      data: { translationId: current.id, version, text: current.text, status: transition.to, origin: 'edit', authorId: viewer.id },
      select: { id: true },
    });
    return { text: current.text, status: transition.to, version };
  });
}
