import 'server-only';
import { blockingFindings, type CheckedPair } from '@/lib/domain/checks/blocking.ts';
import { approveAllSkipReason, isBulkSubmittable, type ApproveAllSkipReason } from '@/lib/domain/bulk-review.ts';
import { editablePair } from '@/lib/domain/markdown/front-matter-value.ts';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { currentTextWriter, writersUnderReview, type RevisionFacts } from '@/lib/domain/revision-authors.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { bulkScopeSchema, type BulkScopeInput } from '@/lib/validation/reviews.ts';
import { notifyResubmitted, notifyUsers } from '../accounts/notifications.ts';
import { findCurrentSegments, findWorkableArticleOrThrow } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { bulkWriteTransaction, db, type Db } from '../core/db.ts';
import { readSettings } from '../core/settings.ts';
import { recordApprovedPairs } from '../memory/memory.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { glossaryForChecks } from './quality.ts';
import { baseTranslationSelect, writeStatusChanges, type BaseTranslation } from './revision-write.ts';

/*
 * Submit-all and approve-all: one decision over a whole article (or the rows the editor's filter
 * shows), in one transaction, with a handful of multi-row statements rather than one round trip per
 * segment, so an article of thousands of segments takes a moment, not minutes. Both apply the same
 * rules as the one-segment actions (workflow, version, self-approval, checks) and write the same
 * revisions; what they leave alone is counted or listed with its reason.
 */

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Ids bound per query when reading revisions and waivers. */
const idsPerQuery = 500;

const scopeSelect = { id: true, kind: true, source: true, translatable: true, translation: { select: baseTranslationSelect } } as const;

type ScopedSegment = { id: string; kind: string; source: string; translatable: boolean; translation: BaseTranslation };

/** The article's translatable segments with a translation, limited to `segmentIds` when given. */
async function segmentsInScope(tx: Pick<Db, 'article' | 'setting' | 'segment'>, viewer: Viewer, slug: string, segmentIds: readonly string[] | undefined) {
  const article = await findWorkableArticleOrThrow(viewer, slug, { id: true }, tx);
  const wanted = segmentIds && new Set(segmentIds);
  const segments = (await findCurrentSegments(tx, article.id, scopeSelect)).flatMap((segment): ScopedSegment[] =>
    segment.translatable && segment.translation && (!wanted || wanted.has(segment.id)) ? [{ ...segment, translation: segment.translation }] : [],
  );
  return { articleId: article.id, segments };
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += idsPerQuery) result.push(items.slice(start, start + idsPerQuery));
  return result;
}

export type SubmitAllResult = {
  submitted: Array<{ segmentId: string; version: number }>;
  /** Segments in scope left as they were: untranslated, empty, or outdated (to compare with the new English first). */
  skipped: string[];
};

/**
 * Sends every draft and rejected translation of the article (or of `segmentIds`) for review, each
 * at the version it is at. Submitted and approved ones are left alone and not counted.
 */
export async function submitAll(viewer: Viewer, slug: string, input: BulkScopeInput = {}): Promise<SubmitAllResult> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const { segmentIds } = parseOrThrow(bulkScopeSchema, input);
  return db.$transaction(async (tx) => {
    const { articleId, segments } = await segmentsInScope(tx, viewer, slug, segmentIds);
    const waiting = segments.filter((segment) => segment.translation.status !== 'submitted' && segment.translation.status !== 'approved');
    const chosen = waiting.filter((segment) => isBulkSubmittable(segment.translation));
    const saved = await writeStatusChanges(
      tx,
      chosen.map((segment) => segment.translation),
      { status: 'submitted', origin: 'edit', authorId: viewer.id },
    );
    const submitted = chosen.map((segment, index) => ({ segmentId: segment.id, version: saved[index]!.version }));
    const skipped = waiting.filter((segment) => !isBulkSubmittable(segment.translation)).map((segment) => segment.id);
    if (submitted.length > 0) {
      await notifyResubmitted(tx, viewer, { articleId, translations: chosen.map((segment) => ({ translationId: segment.translation.id, segmentId: segment.id })) });
      await recordAudit(tx, viewer, { action: 'translation.submit_all', targetType: 'article', targetId: articleId, detail: { submitted: submitted.length, skipped: skipped.length } });
    }
    return { submitted, skipped };
  }, bulkWriteTransaction);
}

/** `checks`: for a quality error, the checks that report it. */
export type ApproveAllSkip = { segmentId: string; reason: ApproveAllSkipReason; message: string; checks?: string[] };
export type ApproveAllResult = { approved: Array<{ segmentId: string; version: number }>; skipped: ApproveAllSkip[] };

const skipMessages = {
  own_text: () => 'You wrote this text, so another reviewer must approve it',
  quality_error: (checks: readonly string[]) => `A quality check reports an error that is neither fixed nor waived (${checks.join(', ')})`,
} satisfies Record<ApproveAllSkipReason, (checks: readonly string[]) => string>;

/** Each translation's revisions, oldest first, as the authorship rules read them. */
async function historiesOf(tx: Pick<Db, 'revision'>, translationIds: readonly string[]): Promise<Map<string, RevisionFacts<string>[]>> {
  const histories = new Map<string, RevisionFacts<string>[]>();
  for (const chunk of chunks(translationIds)) {
    const revisions = await tx.revision.findMany({
      where: { translationId: { in: chunk } },
      orderBy: [{ translationId: 'asc' }, { version: 'asc' }],
      select: { translationId: true, text: true, status: true, origin: true, authorId: true },
    });
    for (const { translationId, authorId, ...revision } of revisions) {
      const history = histories.get(translationId) ?? [];
      history.push({ ...revision, author: authorId });
      histories.set(translationId, history);
    }
  }
  return histories;
}

/** The unwaived error checks of each pair, by segment id. */
async function unwaivedErrors(tx: Pick<Db, 'checkWaiver' | 'glossaryTerm' | 'segment'>, pairs: readonly CheckedPair[]): Promise<Map<string, string[]>> {
  const waivers = [];
  for (const chunk of chunks(pairs.map((pair) => pair.translationId))) {
    waivers.push(...(await tx.checkWaiver.findMany({ where: { translationId: { in: chunk } }, select: { translationId: true, version: true, checkId: true } })));
  }
  const errors = new Map<string, string[]>();
  for (const { segmentId, checkId } of blockingFindings(pairs, await glossaryForChecks(tx), waivers)) {
    errors.set(segmentId, [...new Set([...(errors.get(segmentId) ?? []), checkId])]);
  }
  return errors;
}

type ApprovalPlan = { articleId: string; chosen: ScopedSegment[]; skipped: ApproveAllSkip[]; histories: Map<string, RevisionFacts<string>[]> };

/** Which submitted translations approve-all approves and which it skips, read (and checked) outside any transaction. */
async function planApprovals(viewer: Viewer, slug: string, segmentIds: readonly string[] | undefined): Promise<ApprovalPlan> {
  const { articleId, segments: scoped } = await segmentsInScope(db, viewer, slug, segmentIds);
  const segments = scoped.filter((segment) => segment.translation.status === 'submitted');
  const histories = await historiesOf(db, segments.map((segment) => segment.translation.id));
  const pairs = segments.map((segment) => ({
    segmentId: segment.id,
    translationId: segment.translation.id,
    version: segment.translation.version,
    kind: segment.kind as SegmentKind,
    ...editablePair(segment, segment.translation.text),
  }));
  const errors = await unwaivedErrors(db, pairs);
  const selfApprove = (await readSettings(db))['reviewers.selfApprove'];
  const chosen: ScopedSegment[] = [];
  const skipped: ApproveAllSkip[] = [];
  for (const segment of segments) {
    const checks = errors.get(segment.id) ?? [];
    const writer = currentTextWriter(histories.get(segment.translation.id) ?? []);
    const reason = approveAllSkipReason({ writer, reviewer: viewer.id, selfApprove, unwaivedErrors: checks.length });
    if (reason === null) chosen.push(segment);
    else skipped.push({ segmentId: segment.id, reason, message: skipMessages[reason](checks), ...(reason === 'quality_error' && { checks }) });
  }
  return { articleId, chosen, skipped, histories };
}

/** Writes a plan's approvals, each bound to the version it was checked at, with what one approval writes besides. */
async function writeApprovals(tx: Tx, viewer: Viewer, { articleId, chosen, skipped, histories }: ApprovalPlan) {
  const saved = await writeStatusChanges(
    tx,
    chosen.map((segment) => segment.translation),
    { status: 'approved', origin: 'edit', authorId: viewer.id },
  );
  await recordApprovedPairs(
    tx,
    chosen.map((segment) => ({ ...editablePair(segment, segment.translation.text), articleId, segmentId: segment.id })),
  );
  const approvedPerWriter = new Map<string, number>();
  for (const segment of chosen) {
    for (const writer of writersUnderReview(histories.get(segment.translation.id) ?? [])) approvedPerWriter.set(writer, (approvedPerWriter.get(writer) ?? 0) + 1);
  }
  for (const [writer, count] of approvedPerWriter) await notifyUsers(tx, viewer, { kind: 'approved', recipients: [writer], articleId, detail: { count } });
  await recordAudit(tx, viewer, { action: 'translation.approve_all', targetType: 'article', targetId: articleId, detail: { approved: saved.length, skipped: skipped.length } });
  return chosen.map((segment, index) => ({ segmentId: segment.id, version: saved[index]!.version }));
}

/**
 * Approves every submitted translation of the article (or of `segmentIds`) at the version it is at,
 * except those the reviewer wrote (unless `reviewers.selfApprove` is on) and those with a quality
 * error nobody fixed or waived: these are listed with their reason. As one approval does, it feeds
 * the translation memory and tells the writers (one notification each, with a count); the audit log
 * gets one row for the whole action. The checks run before the write transaction (they take seconds
 * on thousands of segments, and a transaction holds up everyone's saves); the write then approves
 * each translation only at the version that was checked, or nothing at all (ConflictError).
 */
export async function approveAll(viewer: Viewer, slug: string, input: BulkScopeInput = {}): Promise<ApproveAllResult> {
  if (!can(viewer, 'translations:review')) throw new NotFoundError();
  const { segmentIds } = parseOrThrow(bulkScopeSchema, input);
  const plan = await planApprovals(viewer, slug, segmentIds);
  if (plan.chosen.length === 0) return { approved: [], skipped: plan.skipped };
  const approved = await db.$transaction((tx) => writeApprovals(tx, viewer, plan), bulkWriteTransaction);
  return { approved, skipped: plan.skipped };
}
