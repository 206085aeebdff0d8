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
    return refuseNulCharacters(client as unknown as Db);
  }
  return refuseNulCharacters(new PrismaClient({ adapter: durableSqlite(target.file) }));
}

/**
 * PostgreSQL cannot hold U+0000 in text, and fails the whole query (a 500) when a value has one. Input
 * is validated before it is written (lib/validation/parse.ts refuses it), but an id or slug taken
 * from a URL goes to the database as it is. Here a query holding U+0000 never reaches the database,
 * on either engine: a lookup finds nothing, as no stored text can match, and anything else fails as
 * Prisma fails on a missing record (P2025), which the DAL answers with 404.
 */
function refuseNulCharacters(client: Db): Db {
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          if (!hasNulCharacter(args)) return query(args);
          if (operation === 'findFirst' || operation === 'findUnique') return Promise.resolve(null);
          if (operation === 'findMany' || operation === 'groupBy') return Promise.resolve([]);
          if (operation === 'count' && !(args as { select?: unknown }).select) return Promise.resolve(0);
          return Promise.reject(Object.assign(new Error('No record matches text holding the NUL character (U+0000)'), { code: 'P2025' }));
        },
      },
    },
  }) as unknown as Db;
}

function hasNulCharacter(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date) && !ArrayBuffer.isView(item)) {
      for (const child of Object.values(item)) stack.push(child);
    }
  }
  return false;
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
