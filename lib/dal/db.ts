import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/sqlite/client.ts';
import { PrismaClient as PostgresPrismaClient } from '@/prisma/generated/postgres/client.ts';
import { env } from '@/lib/env.ts';
import type { DatabaseTarget } from '@/lib/db/provider.ts';

/*
 * The only place a Prisma client is made. The two providers generate two clients with the same
 * models and API; the rest of the DAL is written against the SQLite client's types.
 */

export type Db = PrismaClient;

export function createDb(target: DatabaseTarget): Db {
  if (target.provider === 'postgresql') {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    return client as unknown as Db;
  }
  return new PrismaClient({ adapter: durableSqlite(target.file) });
}

/**
 * better-sqlite3 builds SQLite with `synchronous = NORMAL` for WAL, where a power cut can undo the
 * last commits. A translator's acknowledged save must survive that, so each connection is switched
 * to FULL (one fsync per commit). `timeout` is the busy timeout: writers wait instead of failing.
 */
function durableSqlite(file: string) {
  const factory = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript('PRAGMA synchronous = FULL');
    return adapter;
  };
  return factory;
}

const globalForDb = globalThis as unknown as { duetDb?: Db };

/** One client per process (dev hot reload would otherwise open a new pool per change). */
export const db: Db = (globalForDb.duetDb ??= createDb(env.DATABASE_URL));

/**
 * For the few transactions that write a whole article (a 5 MB import is ~16,000 segments): longer
 * than Prisma's 5 s default, so a slow disk does not abort a valid import halfway (it rolls back).
 */
export const bulkWriteTransaction = { maxWait: 10_000, timeout: 120_000 };
