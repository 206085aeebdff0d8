import { afterAll } from 'vitest';
import { createScratchDatabase } from '@/lib/db/scratch-database.ts';
import { applyMigrations } from '@/lib/db/schema-engine.ts';

/*
 * Gives each DAL test file a new, migrated database before any app module reads DATABASE_URL:
 * a temporary SQLite file, or a temporary database on TEST_POSTGRES_URL's server.
 */
const provider = process.env.DUET_TEST_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';
const scratch = await createScratchDatabase(provider, process.env.TEST_POSTGRES_URL);
await applyMigrations(scratch.target);
process.env.DATABASE_URL = scratch.target.provider === 'sqlite' ? `file:${scratch.target.file}` : scratch.target.url;

afterAll(async () => {
  const { db } = await import('@/lib/dal/core/db.ts');
  await db.$disconnect();
  await scratch.drop();
});
