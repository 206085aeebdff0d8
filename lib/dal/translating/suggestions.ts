import 'server-only';
import type { GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import { createGlossaryMatcher } from '@/lib/domain/glossary/find-glossary-terms.ts';
import { editablePair, editableSource } from '@/lib/domain/markdown/front-matter-value.ts';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import type { MachineRequest } from '@/lib/domain/mt/prompt.ts';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { findCurrentSegments, findWorkableArticleOrThrow, workableArticlesWhere } from '../core/article-access.ts';
import { recordAudit } from '../core/audit.ts';
import { bulkWriteTransaction, db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';
import { lookupMemory, type MemoryMatch } from '../memory/memory.ts';
import { glossaryForChecks } from './quality.ts';
import { baseTranslationSelect, writeRevision } from './revision-write.ts';

/*
 * What the editor offers under the active segment (memory matches, glossary terms, a machine
 * suggestion) and pre-translation: the data side. The machine itself is called by the route, outside
 * any transaction (lib/server/machine-translation.ts).
 */

type ContextSegment = { kind: string; source: string; translatable: boolean; translation: { text: string } | null };

function glossaryIn(source: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...new Map(createGlossaryMatcher(glossary)(source).flatMap((match) => match.terms).map((term) => [`${term.source}\u0000${term.target}`, term])).values()];
}

function neighbourOf(segment: ContextSegment | undefined): MachineRequest['previous'] {
  if (!segment) return null;
  const text = segment.translation?.text.trim() ? editablePair(segment, segment.translation.text).target : null;
  return { source: editableSource(segment), translation: text };
}

/** The request for the machine: the segment, its translatable neighbours and the glossary terms in it. */
function machineRequestFor(segments: readonly ContextSegment[], index: number, glossary: readonly GlossaryTerm[]): MachineRequest {
  const segment = segments[index]!;
  const previous = segments.slice(0, index).findLast((candidate) => candidate.translatable);
  const next = segments.slice(index + 1).find((candidate) => candidate.translatable);
  const source = editableSource(segment);
  return { source, previous: neighbourOf(previous), next: neighbourOf(next), glossary: glossaryIn(source, glossary) };
}

export type SuggestionContext = { kind: SegmentKind; machine: MachineRequest; memory: MemoryMatch[]; glossary: GlossaryTerm[] };

/** Everything a segment's suggestions are made from, for a viewer who may work on it. */
export async function getSuggestionContext(viewer: Viewer, segmentId: string): Promise<SuggestionContext> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const segment = await db.segment.findFirst({
    where: { id: segmentId, archivedAt: null, translatable: true, article: await workableArticlesWhere(viewer) },
    select: { articleId: true, position: true },
  });
  if (!segment) throw new NotFoundError('No such segment');
  const select = { kind: true, source: true, translatable: true, position: true, translation: { select: { text: true } } } as const;
  // The segment and a few around it are enough to find its translatable neighbours.
  const around = await db.segment.findMany({
    where: { articleId: segment.articleId, archivedAt: null, position: { gte: segment.position - 5, lte: segment.position + 5 } },
    orderBy: { position: 'asc' },
    select,
  });
  const index = around.findIndex((candidate) => candidate.position === segment.position);
  const glossary = await glossaryForChecks();
  const machine = machineRequestFor(around, index, glossary);
  const memory = (await lookupMemory(viewer, around[index]!.source, { limit: 3 })).matches;
  return { kind: around[index]!.kind as SegmentKind, machine, memory, glossary: [...machine.glossary] };
}

export type PretranslationItem = { segmentId: string; version: number; source: string; machine: MachineRequest };

/** The untranslated segments of an article, each with what the machine needs to translate it. */
export async function listUntranslatedSegments(viewer: Viewer, slug: string): Promise<PretranslationItem[]> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  const article = await findWorkableArticleOrThrow(viewer, slug, { id: true });
  const segments = await findCurrentSegments(db, article.id, {
    id: true,
    kind: true,
    source: true,
    translatable: true,
    translation: { select: baseTranslationSelect },
  });
  const glossary = await glossaryForChecks();
  return segments.flatMap((segment, index) =>
    segment.translatable && segment.translation?.status === 'untranslated' && segment.translation.text === ''
      ? [{ segmentId: segment.id, version: segment.translation.version, source: segment.source, machine: machineRequestFor(segments, index, glossary) }]
      : [],
  );
}

/**
 * Writes pre-translations as drafts (revisions of origin `machine` or `memory`, by the viewer), in one
 * transaction, only where the segment is still untranslated at the version it was read at: nothing
 * anyone wrote meanwhile is overwritten; those are counted as skipped.
 */
export async function fillDrafts(
  viewer: Viewer,
  slug: string,
  drafts: ReadonlyArray<{ segmentId: string; version: number; text: string }>,
  origin: 'machine' | 'memory' = 'machine',
  /** The pre-translation run this batch belongs to: the audit log shows a run's batches as one entry. */
  run?: string,
): Promise<{ filled: number; skipped: number }> {
  if (!can(viewer, 'translations:edit')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const article = await findWorkableArticleOrThrow(viewer, slug, { id: true }, tx);
    let filled = 0;
    for (const draft of drafts) {
      const segment = await tx.segment.findFirst({
        where: { id: draft.segmentId, articleId: article.id, archivedAt: null, translatable: true },
        select: { translation: { select: baseTranslationSelect } },
      });
      const current = segment?.translation;
      if (!current || current.status !== 'untranslated' || current.text !== '' || current.version !== draft.version) continue;
      await writeRevision(tx, current, { text: draft.text, status: 'draft', origin, authorId: viewer.id });
      filled += 1;
    }
    await recordAudit(tx, viewer, { action: 'translation.pretranslate', targetType: 'article', targetId: article.id, detail: { from: origin, filled, ...(run && { run }) } });
    return { filled, skipped: drafts.length - filled };
  }, bulkWriteTransaction);
}

/**
 * Drafts from the translation memory for `items`: the newest approved translation of the same English
 * (a 100% match, as the viewer's memory scope allows), none where the memory has no exact match;
 * those are left untranslated.
 */
export async function memoryDrafts(viewer: Viewer, items: readonly PretranslationItem[]): Promise<Array<{ segmentId: string; version: number; text: string }>> {
  const drafts: Array<{ segmentId: string; version: number; text: string }> = [];
  for (const item of items) {
    const best = (await lookupMemory(viewer, item.source, { limit: 1, minScore: 100 })).matches[0];
    if (best && best.score === 100) drafts.push({ segmentId: item.segmentId, version: item.version, text: best.target });
  }
  return drafts;
}
