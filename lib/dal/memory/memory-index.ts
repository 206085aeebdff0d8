import 'server-only';
import { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { uniqueUnits, unitKey, type MemoryUnit } from '@/lib/domain/memory/memory-units.ts';
import { enumValue, insertInChunks } from '../core/bulk-insert.ts';
import type { Db } from '../core/db.ts';

/*
 * Writes translation memory entries together with their rows in the inverted index (MemoryToken),
 * in multi-row statements. Values are always bound parameters.
 */

export type MemoryTx = Pick<Db, '$queryRaw' | '$executeRaw'>;

export type MemoryProvenance = { origin: 'approved' | 'tmx'; articleId: string | null; segmentId: string | null };
export type MemoryRecord = MemoryUnit & MemoryProvenance;

// 10 values a row: well under both engines' bound-parameter limits.
const entriesPerStatement = 1000;

/**
 * Stores the units the memory does not hold yet (same source and target) and indexes their words.
 * A whole segment that was so far known only as a sentence of another becomes a segment entry.
 * Returns the records that were new.
 */
export async function storeMemoryRecords(tx: MemoryTx, records: readonly MemoryRecord[]): Promise<MemoryRecord[]> {
  const created: MemoryRecord[] = [];
  const unique = uniqueUnits(records);
  for (let start = 0; start < unique.length; start += entriesPerStatement) {
    const chunk = unique.slice(start, start + entriesPerStatement);
    const inserted = await insertEntries(tx, chunk);
    const idByKey = new Map(inserted.map((row) => [unitKey(row), Number(row.id)]));
    const tokens: Array<{ token: string; wordCount: number; entryId: number }> = [];
    for (const unit of chunk) {
      const entryId = idByKey.get(unitKey(unit));
      if (entryId === undefined) continue;
      created.push(unit);
      for (const token of unit.tokens) tokens.push({ token, wordCount: unit.wordCount, entryId });
    }
    await insertInChunks(tx, tokens, (rows) => {
      const values = rows.map((row) => Prisma.sql`(${row.token}, ${row.wordCount}, ${row.entryId})`);
      return Prisma.sql`INSERT INTO "MemoryToken" ("token", "wordCount", "entryId") VALUES ${Prisma.join(values)}`;
    });
    const existingSegments = chunk.filter((unit) => unit.unit === 'segment' && !idByKey.has(unitKey(unit)));
    if (existingSegments.length > 0) await promoteToSegments(tx, existingSegments);
  }
  return created;
}

function insertEntries(tx: MemoryTx, records: readonly MemoryRecord[]) {
  const createdAt = new Date();
  const values = records.map(
    (record) =>
      Prisma.sql`(${record.source}, ${record.target}, ${record.sourceHash}, ${record.targetHash}, ${record.wordCount}, ${enumValue(record.unit, 'MemoryUnit')}, ${enumValue(record.origin, 'MemoryOrigin')}, ${record.articleId}, ${record.segmentId}, ${createdAt})`,
  );
  return tx.$queryRaw<Array<{ id: number | bigint; sourceHash: string; targetHash: string }>>`
    INSERT INTO "MemoryEntry" ("source", "target", "sourceHash", "targetHash", "wordCount", "unit", "origin", "articleId", "segmentId", "createdAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("sourceHash", "targetHash") DO NOTHING
    RETURNING "id", "sourceHash", "targetHash"`;
}

function promoteToSegments(tx: MemoryTx, units: readonly MemoryUnit[]) {
  const keys = units.map((unit) => Prisma.sql`(${unit.sourceHash}, ${unit.targetHash})`);
  return tx.$executeRaw`
    UPDATE "MemoryEntry" SET "unit" = ${enumValue('segment', 'MemoryUnit')}
    WHERE "unit" = ${enumValue('sentence', 'MemoryUnit')} AND ("sourceHash", "targetHash") IN (${Prisma.join(keys)})`;
}

/** Deletes every entry of one origin with its index rows. */
export async function deleteMemoryEntries(tx: MemoryTx, origin: MemoryProvenance['origin']): Promise<number> {
  const value = enumValue(origin, 'MemoryOrigin');
  await tx.$executeRaw`DELETE FROM "MemoryToken" WHERE "entryId" IN (SELECT "id" FROM "MemoryEntry" WHERE "origin" = ${value})`;
  return tx.$executeRaw`DELETE FROM "MemoryEntry" WHERE "origin" = ${value}`;
}
