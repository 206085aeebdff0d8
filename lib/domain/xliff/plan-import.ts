import { editableTranslation } from '../markdown/front-matter-value.ts';
import { poTranslation } from '../export/export-po.ts';
import { XliffError } from '../export/xliff-error.ts';
import type { ReadUnit, ReadXliffFile } from './read-xliff.ts';
import { articleCoder, targetMarkdown } from './unit-markdown.ts';

export type ImportSegment = {
  id: string;
  kind: string;
  source: string;
  translatable: boolean;
  translation: { text: string; status: string; version: number } | null;
};

export type XliffConflict = { id: string; yours: string; current: string; exportedVersion: number; currentVersion: number };
export type XliffRefusal = { id: string; reason: string };

/** What an import reports, the same from the API, the CLI and the preview. */
export type XliffImportResult = { applied: number; unchanged: number; conflicts: XliffConflict[]; refused: XliffRefusal[] };

export interface XliffImportPlan {
  /** Each new text, to be written as a revision based on `baseVersion`. */
  changes: Array<{ id: string; text: string; baseVersion: number }>;
  unchanged: number;
  conflicts: XliffConflict[];
  refused: XliffRefusal[];
}

/**
 * What bringing a translated file back would do to an article's segments. A target that differs
 * from the current translation is a change, based on the version the unit was exported from; if the
 * translation moved on since that version, it is a conflict with both texts instead. Refused, with
 * the reason: units for segments that are not translated (`translate="no"`) yet carry a new text,
 * ids the article does not have, and targets whose inline codes do not match the source's. The file
 * must be for this article and for English to Chinese (XliffError otherwise).
 */
export function planXliffImport(file: ReadXliffFile, article: { slug: string; segments: readonly ImportSegment[] }): XliffImportPlan {
  assertFileFits(file, article.slug);
  const bySegmentId = new Map(article.segments.map((segment) => [segment.id, segment]));
  const coder = articleCoder(article.segments);
  const plan: XliffImportPlan = { changes: [], unchanged: 0, conflicts: [], refused: [] };
  for (const unit of mergeUnits(file.units)) {
    const segment = bySegmentId.get(unit.id);
    if (!segment) {
      plan.refused.push({ id: unit.id, reason: 'no segment of this article has this id (removed by a source update, or from another file)' });
      continue;
    }
    if (unit.target === null || unit.target.length === 0) continue;
    if (!unit.translate || !segment.translatable || !segment.translation) {
      if (!sameText(unit.target, unit.source)) plan.refused.push({ id: unit.id, reason: 'this segment is not translated (translate="no")' });
      continue;
    }
    // A PO entry as Duet wrote it for the current translation is unchanged, whatever its block shape.
    if (file.version === 'po' && segment.translation.status !== 'untranslated' && sameText(unit.target, [poTranslation(segment, segment.translation.text, coder)])) {
      plan.unchanged++;
      continue;
    }
    // An untranslated segment's empty text is no translation whose codes could be left out.
    const restored = targetMarkdown({ ...segment, translation: segment.translation.status === 'untranslated' ? null : segment.translation }, unit.target, coder);
    if (!restored.ok) {
      plan.refused.push({ id: unit.id, reason: restored.reason });
      continue;
    }
    const current = segment.translation;
    if (restored.markdown === editableTranslation(segment, current.text)) plan.unchanged++;
    else if (unit.version === null) plan.refused.push({ id: unit.id, reason: 'the unit carries no Duet version: export the file from Duet again' });
    else if (unit.version !== current.version) {
      plan.conflicts.push({ id: unit.id, yours: restored.markdown, current: current.text, exportedVersion: unit.version, currentVersion: current.version });
    } else plan.changes.push({ id: unit.id, text: restored.markdown, baseVersion: unit.version });
  }
  return plan;
}

function assertFileFits(file: ReadXliffFile, slug: string): void {
  if (file.originals.length > 0 && !file.originals.includes(slug)) {
    throw new XliffError(`This file is for the article "${file.originals[0]}", not "${slug}"`);
  }
  const wrongSource = file.sourceLanguages.find((language) => !/^en(?:[-_]|$)/i.test(language));
  const wrongTarget = file.targetLanguages.find((language) => !/^zh(?:[-_]|$)/i.test(language));
  if (wrongSource !== undefined || wrongTarget !== undefined) {
    throw new XliffError(`This file translates ${wrongSource || 'en'} into ${wrongTarget ?? 'zh-CN'}: Duet's articles go from English (en) into Chinese (zh)`);
  }
}

/**
 * One unit per segment id. translate-toolkit's po2xliff leaves the exported units as they were and
 * adds its own with the targets; the version comes from whichever unit carries it, the target from
 * the last unit that has one.
 */
function mergeUnits(units: readonly ReadUnit[]): ReadUnit[] {
  const merged = new Map<string, ReadUnit>();
  for (const unit of units) {
    const earlier = merged.get(unit.id);
    if (!earlier) merged.set(unit.id, unit);
    else {
      merged.set(unit.id, {
        ...earlier,
        translate: earlier.translate && unit.translate,
        version: earlier.version ?? unit.version,
        target: unit.target !== null && unit.target.length > 0 ? unit.target : earlier.target,
      });
    }
  }
  return [...merged.values()];
}

function sameText(target: ReadUnit['target'], source: ReadUnit['source']): boolean {
  return JSON.stringify(target) === JSON.stringify(source);
}
