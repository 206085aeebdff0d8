import 'server-only';
import { editablePair, editableSource, editableTranslation } from '@/lib/domain/markdown/front-matter-value.ts';
import { can } from '@/lib/domain/permissions.ts';
import { currentTextWriter, writersUnderReview } from '@/lib/domain/revision-authors.ts';
import { nextStatus, type TranslationStatus, type WorkflowEvent } from '@/lib/domain/workflow.ts';
import { AppError, InvalidTransitionError, NotFoundError, OwnTextApprovalError, StaleVersionError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import {
  approveSchema,
  bulkApproveSchema,
  rejectSchema,
  reviewEditSchema,
  type RejectInput,
  type ReviewEditInput,
} from '@/lib/validation/reviews.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db, type Db } from '../core/db.ts';
import { recordApprovedPair } from '../memory/memory.ts';
import { notifyUsers } from '../accounts/notifications.ts';
import { readSettings } from '../core/settings.ts';
import { revisionHistory, revisionHistorySelect, type RevisionEntry } from './revisions.ts';
import { assertCurrentVersion, writeRevision, type BaseTranslation, type SavedTranslation } from './revision-write.ts';
import type { Viewer } from '../core/viewer-types.ts';

type Tx = Pick<Db, 'segment' | 'setting' | 'translation' | 'revision' | 'reviewNote' | 'notification' | 'user' | 'auditEvent' | '$queryRaw' | '$executeRaw'>;

function assertCanReview(viewer: Viewer): void {
  if (!can(viewer, 'translations:review')) throw new NotFoundError();
}

/** The translation under review with its whole history, read in the deciding transaction. */
async function loadForReviewOrThrow(tx: Tx, viewer: Viewer, segmentId: string) {
  const segment = await tx.segment.findFirst({
    where: { id: segmentId, archivedAt: null, translatable: true, article: await workableArticlesWhere(viewer, tx) },
    select: {
      articleId: true,
      kind: true,
      source: true,
      translatable: true,
      translation: {
        select: {
          id: true,
          text: true,
          status: true,
          version: true,
          revisions: { orderBy: { version: 'asc' }, select: { text: true, status: true, origin: true, authorId: true } },
        },
      },
    },
  });
  if (!segment?.translation) throw new NotFoundError('No such segment');
  const { revisions, ...current } = segment.translation;
  return {
    articleId: segment.articleId,
    segment: { kind: segment.kind, source: segment.source, translatable: segment.translatable },
    current,
    history: revisions.map(({ authorId, ...revision }) => ({ ...revision, author: authorId })),
  };
}


const eventVerbs = { approve: 'approved', reject: 'rejected', review_edit: 'edited in review' } as const satisfies Partial<Record<WorkflowEvent, string>>;

/** Checks the version the reviewer saw and the workflow; returns the status the decision leads to. */
function decideOrThrow(viewer: Viewer, current: BaseTranslation, version: number, event: keyof typeof eventVerbs): TranslationStatus {
  assertCurrentVersion(current, version);
  const transition = nextStatus(current.status, event, viewer);
  if (transition.ok) return transition.to;
  if (transition.reason === 'not_allowed') throw new NotFoundError();
  throw new InvalidTransitionError(`A ${current.status} translation cannot be ${eventVerbs[event]}; only submitted ones can`);
}

async function approveInTransaction(tx: Tx, viewer: Viewer, segmentId: string, version: number): Promise<SavedTranslation> {
  const { articleId, segment, current, history } = await loadForReviewOrThrow(tx, viewer, segmentId);
  const status = decideOrThrow(viewer, current, version, 'approve');
  const writer = currentTextWriter(history);
  if (writer !== null && writer === viewer.id && !(await readSettings(tx))['reviewers.selfApprove']) throw new OwnTextApprovalError();
  const written = await writeRevision(tx, current, { text: current.text, status, origin: 'edit', authorId: viewer.id });
  // Approved pairs feed the translation memory, in the same transaction as the approval.
  await recordApprovedPair(tx, { ...editablePair(segment, current.text), articleId, segmentId });
  await notifyUsers(tx, viewer, { kind: 'approved', recipients: writersUnderReview(history), articleId, segmentId, detail: { version: written.saved.version } });
  await recordAudit(tx, viewer, { action: 'translation.approve', targetType: 'segment', targetId: segmentId, detail: { articleId, version: written.saved.version } });
  return { text: current.text, status, version: written.saved.version };
}

/**
 * Approves exactly the version the reviewer saw: if the text or status changed since, the approval
 * is refused with the current translation (StaleVersionError, 409). A reviewer may not approve text
 * they wrote themselves unless the admin setting `reviewers.selfApprove` allows it.
 */
export async function approveTranslation(viewer: Viewer, segmentId: string, input: { version: number }): Promise<SavedTranslation> {
  assertCanReview(viewer);
  const { version } = parseOrThrow(approveSchema, input);
  return db.$transaction((tx) => approveInTransaction(tx, viewer, segmentId, version));
}

/** Sends a submitted translation back with structured feedback, kept with the revision it judged. */
export async function rejectTranslation(viewer: Viewer, segmentId: string, input: RejectInput): Promise<SavedTranslation> {
  assertCanReview(viewer);
  const { version, category, severity, comment } = parseOrThrow(rejectSchema, input);
  return db.$transaction(async (tx) => {
    const { articleId, current, history } = await loadForReviewOrThrow(tx, viewer, segmentId);
    const status = decideOrThrow(viewer, current, version, 'reject');
    const written = await writeRevision(tx, current, { text: current.text, status, origin: 'edit', authorId: viewer.id });
    await tx.reviewNote.create({ data: { revisionId: written.revisionId, reviewerId: viewer.id, category, severity, comment }, select: { id: true } });
    await notifyUsers(tx, viewer, {
      kind: 'rejected',
      recipients: writersUnderReview(history),
      articleId,
      segmentId,
      detail: { version: written.saved.version, category, severity, comment },
    });
    await recordAudit(tx, viewer, {
      action: 'translation.reject',
      targetType: 'segment',
      targetId: segmentId,
      detail: { articleId, version: written.saved.version, category, severity },
    });
    return { text: current.text, status, version: written.saved.version };
  });
}

/**
 * A reviewer corrects a submitted translation directly. The edit is a new revision (origin
 * `review_edit`) that stays submitted: it still needs an approval, and the writers are sent the old
 * and new text to see what changed. Under the self-approval rule the reviewer now wrote this text,
 * so another reviewer approves it unless `reviewers.selfApprove` is on.
 */
export async function reviewEdit(viewer: Viewer, segmentId: string, input: ReviewEditInput): Promise<SavedTranslation> {
  assertCanReview(viewer);
  const { text, version } = parseOrThrow(reviewEditSchema, input);
  return db.$transaction(async (tx) => {
    const { articleId, current, history } = await loadForReviewOrThrow(tx, viewer, segmentId);
    const status = decideOrThrow(viewer, current, version, 'review_edit');
    if (text === current.text) return { text, status: current.status, version: current.version };
    const written = await writeRevision(tx, current, { text, status, origin: 'review_edit', authorId: viewer.id });
    await notifyUsers(tx, viewer, {
      kind: 'review_edit',
      recipients: writersUnderReview(history),
      articleId,
      segmentId,
      detail: { version: written.saved.version, before: current.text, after: text },
    });
    await recordAudit(tx, viewer, { action: 'translation.review_edit', targetType: 'segment', targetId: segmentId, detail: { articleId, version: written.saved.version } });
    return { text, status, version: written.saved.version };
  });
}

export type BulkApproveRefusal = {
  segmentId: string;
  reason: 'stale' | 'not_found' | 'invalid_transition' | 'own_text';
  message: string;
  current?: SavedTranslation;
};
export type BulkApproveResult = { approved: Array<{ segmentId: string; version: number }>; refused: BulkApproveRefusal[] };

function refusalFor(segmentId: string, error: AppError): BulkApproveRefusal {
  if (error instanceof StaleVersionError) return { segmentId, reason: 'stale', message: error.message, current: error.current };
  if (error instanceof OwnTextApprovalError) return { segmentId, reason: 'own_text', message: error.message };
  if (error instanceof InvalidTransitionError) return { segmentId, reason: 'invalid_transition', message: error.message };
  return { segmentId, reason: 'not_found', message: error.message };
}

/**
 * Approves a selection, each item bound to its own version and in its own transaction: an item is
 * approved whole or not at all, and one stale item does not hold back the others.
 */
export async function bulkApprove(viewer: Viewer, input: { items: Array<{ segmentId: string; version: number }> }): Promise<BulkApproveResult> {
  assertCanReview(viewer);
  const { items } = parseOrThrow(bulkApproveSchema, input);
  const result: BulkApproveResult = { approved: [], refused: [] };
  for (const { segmentId, version } of items) {
    try {
      const approved = await db.$transaction((tx) => approveInTransaction(tx, viewer, segmentId, version));
      result.approved.push({ segmentId, version: approved.version });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push(refusalFor(segmentId, error));
    }
  }
  return result;
}

/** The same view of a revision as the editor's history. */
export type ReviewHistoryEntry = RevisionEntry;

export type ReviewQueueItem = {
  segmentId: string;
  position: number;
  kind: string;
  source: string;
  /** The English before the latest source update changed it, when it did. */
  previousSource: string | null;
  text: string;
  version: number;
  submittedAt: Date;
  translator: { name: string } | null;
  /** Newest first, with each revision's word changes and any review feedback. */
  history: ReviewHistoryEntry[];
};

export type ReviewQueueGroup = { article: { slug: string; title: string; titleZh: string | null }; items: ReviewQueueItem[] };

/** When the translation last entered `submitted`: the start of the run of submitted revisions that ends the history. */
function submittedAt(revisions: ReadonlyArray<{ status: TranslationStatus; createdAt: Date }>, fallback: Date): Date {
  let index = revisions.length;
  while (index > 0 && revisions[index - 1]!.status === 'submitted') index -= 1;
  return revisions[index]?.createdAt ?? fallback;
}

/**
 * Every submitted segment the reviewer may review, grouped by article. Articles and the segments
 * within them come oldest submission first, so nothing waits at the bottom of the queue for ever.
 */
export async function listReviewQueue(viewer: Viewer): Promise<ReviewQueueGroup[]> {
  assertCanReview(viewer);
  const segments = await db.segment.findMany({
    where: { archivedAt: null, translatable: true, article: await workableArticlesWhere(viewer), translation: { status: 'submitted' } },
    orderBy: [{ articleId: 'asc' }, { position: 'asc' }],
    select: {
      id: true,
      position: true,
      kind: true,
      source: true,
      translatable: true,
      previousSource: true,
      article: { select: { id: true, slug: true, title: true, titleZh: true } },
      translation: {
        select: {
          text: true,
          version: true,
          updatedAt: true,
          revisions: revisionHistorySelect,
        },
      },
    },
  });
  const groups = new Map<string, ReviewQueueGroup>();
  for (const segment of segments) {
    const translation = segment.translation!;
    const writer = currentTextWriter(translation.revisions);
    const { id, slug, title, titleZh } = segment.article;
    const group = groups.get(id) ?? { article: { slug, title, titleZh }, items: [] };
    group.items.push({
      segmentId: segment.id,
      position: segment.position,
      kind: segment.kind,
      source: editableSource(segment),
      previousSource: segment.previousSource === null ? null : editableSource({ ...segment, source: segment.previousSource }),
      text: editableTranslation(segment, translation.text),
      version: translation.version,
      submittedAt: submittedAt(translation.revisions, translation.updatedAt),
      translator: writer && { name: writer.name },
      history: revisionHistory(translation.revisions),
    });
    groups.set(id, group);
  }
  const byAge = (a: ReviewQueueItem, b: ReviewQueueItem) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.position - b.position;
  return [...groups.values()]
    .map((group) => ({ ...group, items: group.items.sort(byAge) }))
    .sort((a, b) => byAge(a.items[0]!, b.items[0]!));
}
