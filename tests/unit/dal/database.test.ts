import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { withScratchDatabase } from '@/lib/db/scratch-database.ts';
import { diffMigrationsToSchema, migrationsDirs } from '@/lib/db/schema-engine.ts';

const provider = process.env.DUET_TEST_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';

describe(`the ${provider} database`, () => {
  it('has every migration applied and recorded in _prisma_migrations', async () => {
    const folders = (await readdir(migrationsDirs[provider], { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const rows = await db.$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    expect(rows.map((row) => row.migration_name).sort()).toEqual(folders);
  });

  it('matches the models exactly: replaying the migrations leaves nothing to change', async () => {
    const drift = await withScratchDatabase(provider, process.env.TEST_POSTGRES_URL, diffMigrationsToSchema);
    expect(drift).toBe('');
  });

  it('rejects a row that points at nothing (foreign keys are enforced)', async () => {
    await expect(
      db.apiToken.create({ data: { userId: 'no-such-user', label: 'x', tokenHash: crypto.randomUUID(), prefix: 'x' } }),
    ).rejects.toMatchObject({ code: 'P2003' });
  });

  it.runIf(provider === 'sqlite')('runs SQLite in WAL mode, fsyncing every commit, with a busy timeout', async () => {
    const [journal] = await db.$queryRaw<Array<{ journal_mode: string }>>`PRAGMA journal_mode`;
    const [timeout] = await db.$queryRaw<Array<{ timeout: bigint }>>`PRAGMA busy_timeout`;
    const [synchronous] = await db.$queryRaw<Array<{ synchronous: bigint }>>`PRAGMA synchronous`;
    expect(journal?.journal_mode).toBe('wal');
    expect(Number(timeout?.timeout)).toBe(5000);
    expect(Number(synchronous?.synchronous)).toBe(2);
  });
});

describe('the two providers', () => {
  it('have the same migration names', async () => {
    const names = async (dir: string) =>
      (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(await names(migrationsDirs.postgresql)).toEqual(await names(migrationsDirs.sqlite));
  });

  it('have their PostgreSQL schema derived from the canonical one (run `npm run db:schema`)', async () => {
    const { derivePostgresSchema } = await import('@/lib/db/postgres-schema.ts');
    const canonical = await readFile('prisma/schema.prisma', 'utf8');
    expect(await readFile('prisma/postgres/schema.prisma', 'utf8')).toBe(derivePostgresSchema(canonical));
  });
});
