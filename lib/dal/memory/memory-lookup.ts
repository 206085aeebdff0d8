import 'server-only';
import { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { chooseProbeTokens, lengthBand, tokensWorthCounting, type LengthBand } from '@/lib/domain/memory/lookup-plan.ts';
import type { StoredMemoryEntry } from '@/lib/domain/memory/rank-matches.ts';
import { indexKeys } from '@/lib/domain/memory/word-tokens.ts';
import { mayWorkOnEveryArticle } from '../core/article-access.ts';
import { enumValue } from '../core/bulk-insert.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';

/*
 * The read side of the memory: exact matches by source hash, fuzzy candidates from the inverted
 * index (see lib/domain/memory/lookup-plan.ts for why these postings suffice). Scoring is done by the
 * caller, in JavaScript, on the few candidates returned here.
 */

type EntryRow = Omit<StoredMemoryEntry, 'id' | 'createdAt'> & { id: number | bigint; createdAt: Date | string };
const toStoredEntry = (row: EntryRow): StoredMemoryEntry => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt) });

/**
 * Whose memory a lookup reads. Imported (TMX) entries are everyone's; an approved pair belongs to its
 * article, and is read only by those who may work on that article or once the article is published:
 * a translator sees no more of an article through the memory than by opening it. `null`: everything
 * (reviewers, admins, and translators while any article may be edited).
 */
export type MemoryScope = { userId: string } | null;

export async function memoryScopeFor(viewer: Viewer): Promise<MemoryScope> {
  return (await mayWorkOnEveryArticle(viewer)) ? null : { userId: viewer.id ?? '' };
}

/** The scope as a condition on the "MemoryEntry" row called `alias`; Article(status) and ArticleAssignment(userId) are indexed. */
export function visibleEntries(scope: MemoryScope, alias: string): Prisma.Sql {
  if (scope === null) return Prisma.sql`1 = 1`;
  const entry = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${entry}."origin" = ${enumValue('tmx', 'MemoryOrigin')} OR ${entry}."articleId" IN (
    SELECT "id" FROM "Article" WHERE "status" = ${enumValue('published', 'ArticleStatus')}
    UNION ALL
    SELECT "articleId" FROM "ArticleAssignment" WHERE "userId" = ${scope.userId}
  ))`;
}

/** Tokens counted per lookup, postings counted per token, and postings read in all. */
const tokensCounted = 16;
const countCap = 1000;
const postingsBudget = 4000;

export async function findEntriesBySourceHash(hashes: readonly string[], scope: MemoryScope): Promise<Map<string, StoredMemoryEntry[]>> {
  const rows = await db.$queryRaw<Array<EntryRow & { sourceHash: string }>>`
    SELECT "id", "source", "target", "origin", "unit", "createdAt", "sourceHash" FROM "MemoryEntry" AS "entry"
    WHERE "sourceHash" IN (${Prisma.join([...new Set(hashes)])}) AND ${visibleEntries(scope, 'entry')}`;
  const byHash = new Map<string, StoredMemoryEntry[]>();
  for (const { sourceHash, ...entry } of rows) byHash.set(sourceHash, [...(byHash.get(sourceHash) ?? []), toStoredEntry(entry)]);
  return byHash;
}

/** Entries that may score at least `minScore` against a text with these words, best token overlap first. */
export async function findFuzzyCandidates(words: readonly string[], minScore: number, limit: number, scope: MemoryScope): Promise<StoredMemoryEntry[]> {
  const tokens = tokensWorthCounting(indexKeys(words), tokensCounted);
  if (tokens.length === 0) return [];
  const band = lengthBand(words.length, minScore);
  const frequencies = await countPostings(tokens, band);
  const probe = chooseProbeTokens(frequencies, { queryWords: words.length, minScore, budget: postingsBudget });
  if (probe.length === 0) return [];
  // Each token's postings are read up to the cap, so a token whose count was capped costs no more.
  // A hit on a rare token weighs more than one on a common token (an inverse document frequency).
  const postings = probe.map(
    ({ token, entries }) => Prisma.sql`SELECT "entryId", CAST(${rarityWeight(entries)} AS INTEGER) AS "weight" FROM (
      SELECT "entryId" FROM "MemoryToken" WHERE "token" = ${token} AND "wordCount" BETWEEN ${band.min} AND ${band.max} LIMIT ${countCap}
    ) AS "tokenPostings"`,
  );
  const byRelevance = Prisma.sql`
    SELECT "entryId", SUM("weight") AS "relevance" FROM (${Prisma.join(postings, ' UNION ALL ')}) AS "postings"
    GROUP BY "entryId" ORDER BY "relevance" DESC, "entryId" DESC`;
  const rows =
    scope === null
      ? await db.$queryRaw<EntryRow[]>`
          SELECT "id", "source", "target", "origin", "unit", "createdAt" FROM "MemoryEntry"
          JOIN (${byRelevance} LIMIT ${limit}) AS "candidates" ON "candidates"."entryId" = "MemoryEntry"."id"`
      : // Entries out of scope are passed over before the best are taken, not after. Bounding the
        // ranked list (its first `postingsBudget` are more than a lookup can use) keeps PostgreSQL
        // probing entries by key in order of relevance until `limit` are in scope, rather than
        // hashing the whole table to join it (see docs/performance.md).
        await db.$queryRaw<EntryRow[]>`
          SELECT "id", "source", "target", "origin", "unit", "createdAt" FROM "MemoryEntry"
          JOIN (${byRelevance} LIMIT ${postingsBudget}) AS "candidates" ON "candidates"."entryId" = "MemoryEntry"."id"
          WHERE ${visibleEntries(scope, 'MemoryEntry')}
          ORDER BY "candidates"."relevance" DESC, "candidates"."entryId" DESC LIMIT ${limit}`;
  return rows.map(toStoredEntry);
}

function rarityWeight(entries: number): number {
  return Math.round(1000 / Math.log2(2 + entries));
}

/** Postings of each token within the length band, each counted only up to `countCap`. */
async function countPostings(tokens: readonly string[], band: LengthBand) {
  const counts = tokens.map(
    (token, index) => Prisma.sql`
      SELECT CAST(${index} AS INTEGER) AS "position", COUNT(*) AS "entries" FROM (
        SELECT 1 FROM "MemoryToken" WHERE "token" = ${token} AND "wordCount" BETWEEN ${band.min} AND ${band.max} LIMIT ${countCap}
      ) AS "postings"`,
  );
  const rows = await db.$queryRaw<Array<{ position: number | bigint; entries: number | bigint }>>`${Prisma.join(counts, ' UNION ALL ')}`;
  return rows.map((row) => ({ token: tokens[Number(row.position)]!, entries: Number(row.entries) }));
}
