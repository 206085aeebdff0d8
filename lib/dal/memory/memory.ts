import 'server-only';
import { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { env } from '@/lib/env.ts';
import { hashSource } from '@/lib/domain/markdown/hash-source.ts';
import { editablePair } from '@/lib/domain/markdown/front-matter-value.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { memoryUnitsForPair } from '@/lib/domain/memory/memory-units.ts';
import { parseTmx } from '@/lib/domain/memory/parse-tmx.ts';
import { rankMatches, type MemoryMatch, type StoredMemoryEntry } from '@/lib/domain/memory/rank-matches.ts';
import { splitEnglishSentences } from '@/lib/domain/memory/sentences.ts';
import { wordTokens } from '@/lib/domain/memory/word-tokens.ts';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { memoryLookupOptionsSchema, concordanceQuerySchema, importTmxSchema, type MemoryLookupOptions } from '@/lib/validation/memory.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { recordAudit } from '../core/audit.ts';
import { bulkWriteTransaction, db } from '../core/db.ts';
import { findEntriesBySourceHash, findFuzzyCandidates, memoryScopeFor, visibleEntries } from './memory-lookup.ts';
import { deleteMemoryEntries, storeMemoryRecords, type MemoryRecord, type MemoryTx } from './memory-index.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type { MemoryMatch } from '@/lib/domain/memory/rank-matches.ts';

/*
 * The translation memory is shared by everyone who translates: any signed-in viewer may read it, as
 * far as they may read the articles its pairs come from (see `MemoryScope`). Importing TMX and
 * rebuilding it are admin work, under the permission that covers the project's language resources
 * (`glossary:manage`).
 */

/**
 * Adds an approved pair (and its aligned sentences) to the memory. Call it inside the transaction
 * that approves the translation, so the memory never holds a pair whose approval rolled back.
 */
export async function recordApprovedPair(
  tx: MemoryTx,
  pair: { source: string; target: string; articleId: string; segmentId: string },
): Promise<void> {
  const provenance = { origin: 'approved', articleId: pair.articleId, segmentId: pair.segmentId } as const;
  await storeMemoryRecords(tx, memoryUnitsForPair(pair.source, pair.target).map((unit) => ({ ...unit, ...provenance })));
}

/** `recordApprovedPair` for many pairs at once (an approve-all), in a few multi-row statements. */
export async function recordApprovedPairs(
  tx: MemoryTx,
  pairs: ReadonlyArray<{ source: string; target: string; articleId: string; segmentId: string }>,
): Promise<void> {
  await storeMemoryRecords(
    tx,
    pairs.flatMap((pair) =>
      memoryUnitsForPair(pair.source, pair.target).map((unit) => ({ ...unit, origin: 'approved' as const, articleId: pair.articleId, segmentId: pair.segmentId })),
    ),
  );
}

export type SentenceMatches = { index: number; source: string; matches: MemoryMatch[] };
export type MemoryLookup = {
  /** Matches for the whole text, best first. */
  matches: MemoryMatch[];
  /** For a text of several sentences with no exact match: the matches for each sentence. */
  sentences: SentenceMatches[];
};

/** Fuzzy candidates scored per text: enough that the best few survive exact scoring. */
const candidatesPerLookup = 80;
const matchesPerSentence = 3;

/**
 * Exact and fuzzy matches for a segment's source. An exact match ends the search; otherwise each
 * sentence of a longer text is looked up too, so a paragraph with one sentence changed still offers
 * the translations of the others.
 */
export async function lookupMemory(viewer: Viewer, source: string, options: MemoryLookupOptions = {}): Promise<MemoryLookup> {
  const { limit, minScore } = parseOrThrow(memoryLookupOptionsSchema, options);
  const scope = await memoryScopeFor(viewer);
  const text = segmentContent(source);
  if (text === '') return { matches: [], sentences: [] };
  const sentences = splitEnglishSentences(text);
  const wholeHash = hashSource(text);
  const exact = await findEntriesBySourceHash([wholeHash, ...(sentences.length > 1 ? sentences.map(hashSource) : [])], scope);
  const whole = exact.get(wholeHash) ?? [];
  if (whole.length > 0) return { matches: rankMatches(text, whole, { minScore, limit }), sentences: [] };

  const matchesFor = async (query: string, exactEntries: readonly StoredMemoryEntry[], count: number) => {
    if (exactEntries.length > 0) return rankMatches(query, exactEntries, { minScore, limit: count });
    return rankMatches(query, await findFuzzyCandidates(wordTokens(query), minScore, candidatesPerLookup, scope), { minScore, limit: count });
  };
  const [matches, ...perSentence] = await Promise.all([
    matchesFor(text, [], limit),
    ...(sentences.length > 1 ? sentences.map((sentence) => matchesFor(sentence, exact.get(hashSource(sentence)) ?? [], matchesPerSentence)) : []),
  ]);
  return {
    matches: matches!,
    sentences: perSentence.map((sentenceMatches, index) => ({ index, source: sentences[index]!, matches: sentenceMatches })),
  };
}

export type ConcordanceHit = { id: number; source: string; target: string; origin: 'approved' | 'tmx'; createdAt: Date };

/**
 * Memory entries the viewer may read whose source or target contains `query` (ignoring letter case),
 * newest first. Sentence entries are left out: their paragraph is listed already.
 */
export async function concordance(viewer: Viewer, query: string, options: { limit?: number } = {}): Promise<ConcordanceHit[]> {
  const { q, limit } = parseOrThrow(concordanceQuerySchema, { q: query, ...options });
  const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  // SQLite's LIKE ignores case (for ASCII letters); PostgreSQL's needs ILIKE.
  const like = Prisma.raw(env.DATABASE_URL.provider === 'postgresql' ? 'ILIKE' : 'LIKE');
  const scope = await memoryScopeFor(viewer);
  const rows = await db.$queryRaw<Array<{ id: number | bigint; source: string; target: string; origin: 'approved' | 'tmx'; createdAt: Date | string }>>`
    SELECT "id", "source", "target", "origin", "createdAt" FROM "MemoryEntry"
    WHERE "unit" = 'segment' AND ("source" ${like} ${pattern} ESCAPE '\\' OR "target" ${like} ${pattern} ESCAPE '\\')
      AND ${visibleEntries(scope, 'MemoryEntry')}
    ORDER BY "id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt) }));
}

export type TmxImportSummary = { pairs: number; created: number; sentences: number; unchanged: number; skipped: number };

/** Adds the English → Chinese pairs of a TMX file. A file that cannot be read changes nothing. */
export async function importTmx(viewer: Viewer, xml: string): Promise<TmxImportSummary> {
  if (!can(viewer, 'glossary:manage')) throw new NotFoundError();
  const { content } = parseOrThrow(importTmxSchema, { content: xml });
  const { pairs, skipped } = parseTmx(content);
  const provenance = { origin: 'tmx', articleId: null, segmentId: null } as const;
  const records = pairs.flatMap((pair) => memoryUnitsForPair(pair.source, pair.target).map((unit) => ({ ...unit, ...provenance })));
  return db.$transaction(async (tx) => {
    const stored = await storeMemoryRecords(tx, records);
    const summary = summarize(pairs.length, stored, skipped);
    await recordAudit(tx, viewer, { action: 'memory.import_tmx', targetType: 'memory', detail: summary });
    return summary;
  }, bulkWriteTransaction);
}

function summarize(pairs: number, stored: readonly MemoryRecord[], skipped: number): TmxImportSummary {
  const created = stored.filter((unit) => unit.unit === 'segment').length;
  return { pairs, created, sentences: stored.length - created, unchanged: pairs - created, skipped };
}

/** Approved translations read per query while rebuilding. */
const rebuildPage = 2000;

/**
 * Replaces the memory's approved pairs with the translations approved now (TMX imports stay). One
 * transaction: lookups see the old memory or the new one, never half of it.
 */
export async function rebuildMemory(viewer: Viewer): Promise<{ pairs: number; entries: number }> {
  if (!can(viewer, 'glossary:manage')) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    await deleteMemoryEntries(tx, 'approved');
    let pairs = 0;
    let entries = 0;
    let after = '';
    for (;;) {
      const page = await tx.translation.findMany({
        where: { status: 'approved', id: { gt: after }, segment: { translatable: true } },
        orderBy: { id: 'asc' },
        take: rebuildPage,
        select: { id: true, text: true, segment: { select: { id: true, articleId: true, kind: true, source: true, translatable: true } } },
      });
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      const records = page.flatMap(({ text, segment }) => {
        const { source, target } = editablePair(segment, text);
        const provenance = { origin: 'approved' as const, articleId: segment.articleId, segmentId: segment.id };
        return memoryUnitsForPair(source, target).map((unit) => ({ ...unit, ...provenance }));
      });
      entries += (await storeMemoryRecords(tx, records)).length;
      pairs += page.length;
    }
    await recordAudit(tx, viewer, { action: 'memory.rebuild', targetType: 'memory', detail: { pairs, entries } });
    return { pairs, entries };
  }, bulkWriteTransaction);
}
