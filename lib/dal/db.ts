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
  // `timeout` is better-sqlite3's busy timeout: writers wait for each other instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 5000 }) });
}

const globalForDb = globalThis as unknown as { duetDb?: Db };

/** One client per process (dev hot reload would otherwise open a new pool per change). */
export const db: Db = (globalForDb.duetDb ??= createDb(env.DATABASE_URL));
