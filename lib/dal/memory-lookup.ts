import 'server-only';
import { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { chooseProbeTokens, lengthBand, tokensWorthCounting, type LengthBand } from '@/lib/domain/memory/lookup-plan.ts';
import type { StoredMemoryEntry } from '@/lib/domain/memory/rank-matches.ts';
import { indexKeys } from '@/lib/domain/memory/word-tokens.ts';
import { db } from './db.ts';

/*
 * The read side of the memory: exact matches by source hash, fuzzy candidates from the inverted
 * index (see lib/domain/memory/lookup-plan.ts for why these postings suffice). Scoring is done by the
 * caller, in JavaScript, on the few candidates returned here.
 */

const entrySelect = { id: true, source: true, target: true, origin: true, unit: true, createdAt: true } as const;

/** Tokens counted per lookup, postings counted per token, and postings read in all. */
const tokensCounted = 16;
const countCap = 1000;
const postingsBudget = 4000;

export async function findEntriesBySourceHash(hashes: readonly string[]): Promise<Map<string, StoredMemoryEntry[]>> {
  const rows = await db.memoryEntry.findMany({ where: { sourceHash: { in: [...new Set(hashes)] } }, select: { ...entrySelect, sourceHash: true } });
  const byHash = new Map<string, StoredMemoryEntry[]>();
  for (const { sourceHash, ...entry } of rows) byHash.set(sourceHash, [...(byHash.get(sourceHash) ?? []), entry]);
  return byHash;
}

/** Entries that may score at least `minScore` against a text with these words, best token overlap first. */
export async function findFuzzyCandidates(words: readonly string[], minScore: number, limit: number): Promise<StoredMemoryEntry[]> {
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
  const rows = await db.$queryRaw<Array<Omit<StoredMemoryEntry, 'id' | 'createdAt'> & { id: number | bigint; createdAt: Date | string }>>`
    SELECT "id", "source", "target", "origin", "unit", "createdAt" FROM "MemoryEntry" JOIN (
      SELECT "entryId", SUM("weight") AS "relevance" FROM (${Prisma.join(postings, ' UNION ALL ')}) AS "postings"
      GROUP BY "entryId" ORDER BY "relevance" DESC, "entryId" DESC LIMIT ${limit}
    ) AS "candidates" ON "candidates"."entryId" = "MemoryEntry"."id"`;
  return rows.map((row) => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt) }));
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
