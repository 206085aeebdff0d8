import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { derivePostgresSchema } from './postgres-schema.ts';
import { diffMigrationsToSchema, migrationsDirs, schemaPaths } from './schema-engine.ts';
import { withScratchDatabase } from './scratch-database.ts';

/** Writes prisma/postgres/schema.prisma from the canonical schema. Returns true when it changed. */
export async function writePostgresSchema(): Promise<boolean> {
  const derived = derivePostgresSchema(await readFile(schemaPaths.sqlite, 'utf8'));
  const current = await readFile(schemaPaths.postgresql, 'utf8').catch(() => '');
  if (current === derived) return false;
  await mkdir(path.dirname(schemaPaths.postgresql), { recursive: true });
  await writeFile(schemaPaths.postgresql, derived);
  return true;
}

export function migrationName(label: string, now = new Date()): string {
  if (!/^[a-z0-9_]{1,60}$/.test(label)) {
    throw new Error('Migration name must be 1-60 characters of a-z, 0-9 and _');
  }
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}_${label}`;
}

/**
 * Creates the next migration, with the same name, for both providers, from the difference between
 * each provider's migrations and its schema. Returns what was written per provider.
 */
export async function createMigration(label: string, postgresUrl: string) {
  await writePostgresSchema();
  const name = migrationName(label);
  for (const provider of ['sqlite', 'postgresql'] as const) {
    await mkdir(migrationsDirs[provider], { recursive: true });
    await writeFile(
      path.join(migrationsDirs[provider], 'migration_lock.toml'),
      `# Written by npm run db:migration. Do not edit.\nprovider = "${provider}"\n`,
    );
  }
  const sql = {
    sqlite: await withScratchDatabase('sqlite', undefined, diffMigrationsToSchema),
    postgresql: await withScratchDatabase('postgresql', postgresUrl, diffMigrationsToSchema),
  };
  if (!sql.sqlite && !sql.postgresql) return { name, written: false };
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const dir = path.join(migrationsDirs[provider], name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql[provider] || '-- No change for this provider.\n');
  }
  return { name, written: true };
}
