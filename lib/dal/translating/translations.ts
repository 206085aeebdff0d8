import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { nextStatus } from '@/lib/domain/workflow.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { saveTranslationSchema } from '@/lib/validation/translations.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { db, type Db } from '../core/db.ts';
import { notifyResubmitted } from '../accounts/notifications.ts';
import { limitSaves } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { assertCurrentVersion, baseTranslationSelect, writeRevision, type BaseTranslation, type SavedTranslation } from './revision-write.ts';

export type { SavedTranslation } from './revision-write.ts';

/**
 * The translation of a segment the viewer may work on, to be given a new text based on `version`:
 * not found (also when the viewer may not see it), carried untranslated, or at another version: refused.
 */
export async function translationToEditOrThrow(tx: Pick<Db, 'segment' | 'setting'>, viewer: Viewer, segmentId: string, version: number): Promise<BaseTranslation> {
  const segment = await tx.segment.findFirst({
    where: { id: segmentId, archivedAt: null, article: await workableArticlesWhere(viewer, tx) },
    select: { translatable: true, translation: { select: baseTranslationSelect } },
  });
  if (!segment?.translation) throw new NotFoundError('No such segment');
  if (!segment.translatable) throw new InvalidTransitionError('This block is carried untranslated; mark it translatable first');
  assertCurrentVersion(segment.translation, version);
  return segment.translation;
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
  return db.$transaction((tx) => saveTranslationIn(tx, viewer, segmentId, { text, version }));
}

/**
 * The body of `saveTranslation` inside the caller's transaction, for a change made of many saves
 * (find and replace): the same checks and the same revision. The caller has checked the
 * permission, the rate limit and the input.
 */
export async function saveTranslationIn(tx: Tx, viewer: Viewer, segmentId: string, { text, version }: { text: string; version: number }): Promise<SavedTranslation> {
  const current = await translationToEditOrThrow(tx, viewer, segmentId, version);
  if (current.text === text && current.status === 'draft') return { text, status: current.status, version };
  const transition = nextStatus(current.status, 'save', viewer);
  if (!transition.ok) throw new NotFoundError();
  return (await writeRevision(tx, current, { text, status: transition.to, origin: 'edit', authorId: viewer.id })).saved;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

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
      select: { articleId: true, translation: { select: baseTranslationSelect } },
    });
    if (!segment?.translation) throw new NotFoundError('No such segment');
    const current = segment.translation;
    assertCurrentVersion(current, input.version);
    const transition = nextStatus(current.status, input.event, viewer);
    if (!transition.ok) {
      if (transition.reason === 'not_allowed') throw new NotFoundError();
      throw new InvalidTransitionError(`A ${current.status} translation cannot be ${input.event === 'submit' ? 'submitted' : 'kept'}`);
    }
    const written = await writeRevision(tx, current, { text: current.text, status: transition.to, origin: 'edit', authorId: viewer.id });
    if (input.event === 'submit') {
      await notifyResubmitted(tx, viewer, { articleId: segment.articleId, translations: [{ translationId: current.id, segmentId }] });
    }
    return written.saved;
  });
}
