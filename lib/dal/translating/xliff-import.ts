import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { nextStatus } from '@/lib/domain/workflow.ts';
import { planXliffImport, type XliffImportResult } from '@/lib/domain/xliff/plan-import.ts';
import { readTranslatedFile } from '@/lib/domain/xliff/read-po.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { translationTextSchema } from '@/lib/validation/translations.ts';
import { recordAudit } from '../core/audit.ts';
import { currentSegmentsSelect, findCurrentSegments, findWorkableArticleOrThrow } from '../core/article-access.ts';
import { db } from '../core/db.ts';
import { limitSaves } from '../core/rate-limit.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { baseTranslationSelect, writeRevision } from './revision-write.ts';

const segmentSelect = { ...currentSegmentsSelect.select, translation: { select: baseTranslationSelect } } as const;

/**
 * Brings a translated XLIFF file (1.2 or 2.0), or a PO file Duet exported, back into an article: every unit whose target differs
 * from the current translation becomes a new draft revision with origin `xliff`, based on the
 * version the unit was exported from (see planXliffImport for conflicts and refusals). Saving's
 * permission, allowance and text checks apply; all of it is one transaction, and a dry run writes
 * nothing but reports the same. A file Duet cannot read, or one for another article or language
 * pair, is refused whole (XliffError) before anything is written.
 */
export async function importXliff(viewer: Viewer, slug: string, xml: string, options: { dryRun: boolean }): Promise<XliffImportResult> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const file = readTranslatedFile(xml);
  limitSaves(viewer);
  return db.$transaction(async (tx) => {
    const article = await findWorkableArticleOrThrow(viewer, slug, { id: true, slug: true }, tx);
    const segments = await findCurrentSegments(tx, article.id, segmentSelect);
    const plan = planXliffImport(file, { slug: article.slug, segments });
    const byId = new Map(segments.map((segment) => [segment.id, segment]));
    const refused = [...plan.refused];
    let applied = 0;
    for (const change of plan.changes) {
      const translation = byId.get(change.id)!.translation!;
      const checked = translationTextSchema.safeParse(change.text);
      const transition = nextStatus(translation.status, 'save', viewer);
      if (!checked.success) refused.push({ id: change.id, reason: checked.error.issues[0]?.message ?? 'the text is not valid' });
      else if (!transition.ok) refused.push({ id: change.id, reason: `a ${translation.status} translation cannot be changed` });
      else {
        if (!options.dryRun) {
          await writeRevision(tx, { ...translation, version: change.baseVersion }, { text: change.text, status: transition.to, origin: 'xliff', authorId: viewer.id });
        }
        applied++;
      }
    }
    const result: XliffImportResult = { applied, unchanged: plan.unchanged, conflicts: plan.conflicts, refused };
    if (!options.dryRun && applied > 0) {
      await recordAudit(tx, viewer, {
        action: 'translation.xliff_import',
        targetType: 'article',
        targetId: article.id,
        detail: { applied, unchanged: plan.unchanged, conflicts: plan.conflicts.length, refused: refused.length },
      });
    }
    return result;
  });
}
