import 'server-only';
import { blockingFindings, type BlockingFinding, type CheckedPair } from '@/lib/domain/checks/blocking.ts';
import type { GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { editablePair } from '@/lib/domain/markdown/front-matter-value.ts';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { can } from '@/lib/domain/permissions.ts';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { waiveFindingSchema, type WaiveFindingInput } from '@/lib/validation/waivers.ts';
import { findCurrentSegments, findWorkableArticleOrThrow, workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { db, type Db } from '../core/db.ts';
import { assertCurrentVersion, baseTranslationSelect } from './revision-write.ts';
import type { Viewer } from '../core/viewer-types.ts';

type Client = Pick<Db, 'glossaryTerm' | 'segment' | 'checkWaiver'>;

/** The glossary as the checks read it. */
export async function glossaryForChecks(client: Client = db): Promise<GlossaryTerm[]> {
  return client.glossaryTerm.findMany({ select: { source: true, target: true, status: true }, orderBy: { source: 'asc' } });
}

/**
 * The error findings that block publishing an article: checks run on every approved translation,
 * less the findings a reviewer waived for that exact version. Runs inside the caller's transaction
 * so it judges exactly the text being published.
 */
export async function blockingFindingsForArticle(tx: Client, articleId: string): Promise<BlockingFinding[]> {
  const segments = await tx.segment.findMany({
    where: { articleId, archivedAt: null, translatable: true, translation: { status: 'approved' } },
    select: { id: true, kind: true, source: true, translatable: true, translation: { select: { id: true, version: true, text: true } } },
  });
  const pairs: CheckedPair[] = segments.flatMap((segment) =>
    segment.translation
      ? [
          {
            segmentId: segment.id,
            translationId: segment.translation.id,
            version: segment.translation.version,
            kind: segment.kind as SegmentKind,
            ...editablePair(segment, segment.translation.text),
          },
        ]
      : [],
  );
  const waivers = await tx.checkWaiver.findMany({
    where: { translationId: { in: pairs.map((pair) => pair.translationId) } },
    select: { translationId: true, version: true, checkId: true },
  });
  return blockingFindings(pairs, await glossaryForChecks(tx), waivers);
}

export type WaiverView = { checkId: string; version: number; reason: string; user: { name: string } | null; createdAt: Date };

/**
 * A reviewer accepts one check's error on the version of a translation they saw (a false positive,
 * or a deliberate choice), with a reason. The waiver holds for that version only.
 */
export async function waiveFinding(viewer: Viewer, segmentId: string, input: WaiveFindingInput): Promise<WaiverView> {
  if (!can(viewer, 'translations:review')) throw new NotFoundError();
  const { version, checkId, reason } = parseOrThrow(waiveFindingSchema, input);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { id: segmentId, archivedAt: null, translatable: true, article: await workableArticlesWhere(viewer, tx) },
      select: { kind: true, source: true, translatable: true, articleId: true, translation: { select: baseTranslationSelect } },
    });
    const current = segment?.translation;
    if (!segment || !current) throw new NotFoundError('No such segment');
    assertCurrentVersion(current, version);
    const findings = runChecks({
      ...editablePair(segment, current.text),
      glossary: await glossaryForChecks(tx),
      kind: segment.kind as SegmentKind,
    });
    if (!findings.some((finding) => finding.checkId === checkId && finding.severity === 'error')) {
      throw new InvalidTransitionError(`The check ${checkId} reports no error on this version`);
    }
    const waiver = await tx.checkWaiver.upsert({
      where: { translationId_version_checkId: { translationId: current.id, version, checkId } },
      create: { translationId: current.id, version, checkId, reason, userId: viewer.id },
      update: { reason, userId: viewer.id },
      select: { checkId: true, version: true, reason: true, createdAt: true, user: { select: { name: true } } },
    });
    await recordAudit(tx, viewer, { action: 'check.waive', targetType: 'segment', targetId: segmentId, detail: { articleId: segment.articleId, version, checkId } });
    return waiver;
  });
}

/** Waivers on the current version of each of an article's translations, by segment id. */
export async function currentWaivers(articleId: string): Promise<Map<string, WaiverView[]>> {
  const translations = await db.translation.findMany({
    where: { segment: { articleId, archivedAt: null } },
    select: { segmentId: true, id: true, version: true },
  });
  const bySegment = new Map<string, WaiverView[]>();
  if (translations.length === 0) return bySegment;
  const waivers = await db.checkWaiver.findMany({
    where: { translationId: { in: translations.map((translation) => translation.id) } },
    select: { translationId: true, checkId: true, version: true, reason: true, createdAt: true, user: { select: { name: true } } },
  });
  const current = new Map(translations.map((translation) => [translation.id, translation]));
  for (const { translationId, ...waiver } of waivers) {
    const translation = current.get(translationId);
    if (!translation || translation.version !== waiver.version) continue;
    bySegment.set(translation.segmentId, [...(bySegment.get(translation.segmentId) ?? []), waiver]);
  }
  return bySegment;
}

export type PublishBlockers = {
  /** Translatable segments not approved, by number (position + 1). */
  unapproved: Array<{ segmentId: string; number: number; status: string }>;
  /** Errors on approved text that nobody fixed or waived. */
  errors: Array<{ segmentId: string; number: number; checkId: string }>;
};

/**
 * Exactly what stops an article from being published, segment by segment: what the reviewer sees
 * when publishing is refused, with a link to each. The same rules as `publishArticle`.
 */
export async function listPublishBlockers(viewer: Viewer, slug: string): Promise<PublishBlockers> {
  if (!can(viewer, 'articles:publish')) throw new NotFoundError();
  const article = await findWorkableArticleOrThrow(viewer, slug, { id: true });
  const segments = await findCurrentSegments(db, article.id, { id: true, position: true, translatable: true, translation: { select: { status: true } } });
  const numbers = new Map(segments.map((segment) => [segment.id, segment.position + 1]));
  const unapproved = segments
    .filter((segment) => segment.translatable && segment.translation?.status !== 'approved')
    .map((segment) => ({ segmentId: segment.id, number: segment.position + 1, status: segment.translation?.status ?? 'untranslated' }));
  const errors = (await blockingFindingsForArticle(db, article.id)).map(({ segmentId, checkId }) => ({ segmentId, number: numbers.get(segmentId) ?? 0, checkId }));
  return { unapproved, errors: errors.sort((a, b) => a.number - b.number) };
}
