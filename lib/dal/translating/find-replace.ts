import 'server-only';
import { planReplacements, type SegmentReplacement } from '@/lib/domain/find-replace.ts';
import { can } from '@/lib/domain/permissions.ts';
import { AppError, NotFoundError, StaleVersionError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { findReplaceSchema, type FindReplaceInput } from '@/lib/validation/find-replace.ts';
import { saveTranslationSchema } from '@/lib/validation/translations.ts';
import { findCurrentSegments, findWorkableArticleOrThrow } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { bulkWriteTransaction, db } from '../core/db.ts';
import { limitSaves } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { saveTranslationIn, type SavedTranslation } from './translations.ts';

/*
 * Find and replace across an article's translations. The preview is computed from the current
 * texts (lib/domain/find-replace.ts); applying writes each changed text as an ordinary save
 * (`saveTranslationIn`: same checks, same workflow step, so an approved text that changes becomes
 * a draft again, and same revision), bound to the version the preview showed. A segment someone
 * changed since is reported as a conflict and left as it is; the others are written.
 */

export type ReplacePreview = { matches: SegmentReplacement[]; total: number };

export type ReplaceConflict = {
  segmentId: string;
  /** `changed`: someone saved since the preview (`current` is their translation); `refused`: the new text or the segment cannot be saved (`message`). */
  reason: 'changed' | 'refused';
  message: string;
  current?: SavedTranslation;
};

export type ReplaceResult = { replaced: Array<{ segmentId: string } & SavedTranslation>; conflicts: ReplaceConflict[] };

type Query = ReturnType<typeof findReplaceSchema.parse>;

/** The translated segments in scope and what the query makes of them, refused with a clear message when the query cannot run. */
async function planFor(viewer: Viewer, slug: string, query: Query) {
  const article = await findWorkableArticleOrThrow(viewer, slug, { id: true });
  const wanted = query.segmentIds && new Set(query.segmentIds);
  const segments = await findCurrentSegments(db, article.id, { id: true, translatable: true, translation: { select: { text: true, version: true } } });
  const texts = segments.flatMap((segment) =>
    segment.translatable && segment.translation && (!wanted || wanted.has(segment.id))
      ? [{ segmentId: segment.id, version: segment.translation.version, text: segment.translation.text }]
      : [],
  );
  const plan = planReplacements(texts, query);
  if (!plan.ok) throw new ValidationError(plan.message, { find: [plan.message] });
  return { articleId: article.id, plan };
}

/** What replacing would change, segment by segment, without changing anything. */
export async function previewReplace(viewer: Viewer, slug: string, input: FindReplaceInput): Promise<ReplacePreview> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const query = parseOrThrow(findReplaceSchema, input);
  const { plan } = await planFor(viewer, slug, query);
  return { matches: plan.replacements, total: plan.total };
}

/** Splits the plan by what the caller previewed: a segment whose version moved on since is a conflict. */
function boundToPreview(replacements: readonly SegmentReplacement[], expected: Query['expected']) {
  if (!expected) return { chosen: [...replacements], moved: [] as string[] };
  const planned = new Map(replacements.map((replacement) => [replacement.segmentId, replacement]));
  const chosen: SegmentReplacement[] = [];
  const moved: string[] = [];
  for (const { segmentId, version } of expected) {
    const replacement = planned.get(segmentId);
    if (replacement?.version === version) chosen.push(replacement);
    // No longer matching, or matching at another version: either way not what was previewed.
    else moved.push(segmentId);
  }
  return { chosen, moved };
}

/**
 * Applies the replacement: one save per changed segment, in one transaction, with one audit entry
 * for the whole action. The action takes one save from the caller's allowance (rate-limit.ts).
 */
export async function applyReplace(viewer: Viewer, slug: string, input: FindReplaceInput): Promise<ReplaceResult> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const query = parseOrThrow(findReplaceSchema, input);
  limitSaves(viewer);
  const { articleId, plan } = await planFor(viewer, slug, query);
  const { chosen, moved } = boundToPreview(plan.replacements, query.expected);
  return db.$transaction(async (tx) => {
    const replaced: ReplaceResult['replaced'] = [];
    const conflicts: ReplaceConflict[] = [];
    for (const segmentId of moved) {
      const current = await tx.translation.findFirst({ where: { segmentId, segment: { articleId } }, select: { text: true, status: true, version: true } });
      conflicts.push({ segmentId, reason: 'changed', message: 'Changed by someone since the preview; left as it is', ...(current && { current }) });
    }
    for (const { segmentId, version, after } of chosen) {
      const valid = saveTranslationSchema.safeParse({ text: after, version });
      if (!valid.success) {
        conflicts.push({ segmentId, reason: 'refused', message: valid.error.issues[0]?.message ?? 'The new text cannot be saved' });
        continue;
      }
      try {
        replaced.push({ segmentId, ...(await saveTranslationIn(tx, viewer, segmentId, { text: after, version })) });
      } catch (error) {
        if (error instanceof StaleVersionError) {
          conflicts.push({ segmentId, reason: 'changed', message: 'Changed by someone since the preview; left as it is', current: error.current });
        } else if (error instanceof AppError) {
          // Archived by a source update, made untranslatable, no longer assigned: this one is left out.
          conflicts.push({ segmentId, reason: 'refused', message: error.message });
        } else throw error;
      }
    }
    if (replaced.length > 0) {
      await recordAudit(tx, viewer, {
        action: 'translation.replace_all',
        targetType: 'article',
        targetId: articleId,
        detail: { find: query.find, replace: query.replace, regex: query.regex, replaced: replaced.length, conflicts: conflicts.length },
      });
    }
    return { replaced, conflicts };
  }, bulkWriteTransaction);
}
