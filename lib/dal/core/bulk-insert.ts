import 'server-only';
import { Prisma } from '@/prisma/generated/sqlite/client.ts';
import { env } from '@/lib/env.ts';
import type { Db } from './db.ts';

/*
 * Multi-row INSERTs for writing a whole article at once: Prisma's createMany writes one statement
 * per row on SQLite, which is many times slower (docs/performance.md). 2,000 rows of at most
 * 8 values stay under both engines' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
 * Values are always bound parameters. PostgreSQL needs the enum columns cast from text.
 */

type Tx = Pick<Db, '$executeRaw'>;
const rowsPerStatement = 2000;
const now = () => new Date();

export function enumValue(value: string, type: string): Prisma.Sql {
  return env.DATABASE_URL.provider === 'postgresql' ? Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}` : Prisma.sql`${value}`;
}

export async function insertInChunks<Row>(tx: Tx, rows: readonly Row[], insert: (chunk: readonly Row[]) => Prisma.Sql) {
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await tx.$executeRaw(insert(rows.slice(start, start + rowsPerStatement)));
  }
}

export type SegmentRow = {
  id: string;
  articleId: string;
  position: number;
  kind: string;
  source: string;
  sourceHash: string;
  translatable: boolean;
};

export function insertSegments(tx: Tx, rows: readonly SegmentRow[]) {
  return insertInChunks(tx, rows, (chunk) => {
    const values = chunk.map(
      (r) => Prisma.sql`(${r.id}, ${r.articleId}, ${r.position}, ${enumValue(r.kind, 'SegmentKind')}, ${r.source}, ${r.sourceHash}, ${r.translatable}, ${now()})`,
    );
    return Prisma.sql`INSERT INTO "Segment" ("id", "articleId", "position", "kind", "source", "sourceHash", "translatable", "createdAt") VALUES ${Prisma.join(values)}`;
  });
}

export type TranslationRow = { id: string; segmentId: string; text: string; status: string; version: number; layout?: string | null };

export function insertTranslations(tx: Tx, rows: readonly TranslationRow[]) {
  return insertInChunks(tx, rows, (chunk) => {
    const values = chunk.map(
      (r) => Prisma.sql`(${r.id}, ${r.segmentId}, ${r.text}, ${enumValue(r.status, 'TranslationStatus')}, ${r.version}, ${r.layout ?? null}, ${now()})`,
    );
    return Prisma.sql`INSERT INTO "Translation" ("id", "segmentId", "text", "status", "version", "layout", "updatedAt") VALUES ${Prisma.join(values)}`;
  });
}

export type RevisionRow = {
  id: string;
  translationId: string;
  version: number;
  text: string;
  status: string;
  origin: string;
  authorId: string | null;
};

export function insertRevisions(tx: Tx, rows: readonly RevisionRow[]) {
  return insertInChunks(tx, rows, (chunk) => {
    const values = chunk.map(
      (r) =>
        Prisma.sql`(${r.id}, ${r.translationId}, ${r.version}, ${r.text}, ${enumValue(r.status, 'TranslationStatus')}, ${enumValue(r.origin, 'RevisionOrigin')}, ${r.authorId}, ${now()})`,
    );
    return Prisma.sql`INSERT INTO "Revision" ("id", "translationId", "version", "text", "status", "origin", "authorId", "createdAt") VALUES ${Prisma.join(values)}`;
  });
}
