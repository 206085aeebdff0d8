import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, readMigrationsList } from '../db/schema-engine.ts';
import { withScratchDatabase } from '../db/scratch-database.ts';
import { env } from '../env.ts';
import { UsageError } from './usage-error.ts';

/*
 * `duet backup FILE` and `duet restore FILE` for the embedded SQLite database, both through SQLite
 * itself (a plain file copy of a WAL database can miss committed writes or be torn).
 * PostgreSQL has its own tools; the commands say which and exit non-zero.
 */

const postgresGuidance = `This database is PostgreSQL: use its own tools, which are consistent while Duet runs:
  pg_dump --format=custom --file=duet.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" duet.dump   (stop Duet first)`;

function sqliteFile(): string {
  const target = env.DATABASE_URL;
  if (target.provider !== 'sqlite') throw new Error(postgresGuidance);
  return target.file;
}

/** A file is a Duet database when SQLite finds it intact and it has Duet's tables and migrations. */
export function assertDuetDatabase(file: string): void {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = database.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${file} is damaged: ${String(integrity)}`);
    const tables = new Set((database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    const missing = ['_prisma_migrations', 'User', 'Article', 'Segment', 'Translation', 'Revision'].filter((table) => !tables.has(table));
    if (missing.length > 0) throw new Error(`${file} is not a Duet database (no ${missing.join(', ')} table)`);
  } catch (error) {
    if (error instanceof Error && /file is not a database|malformed/i.test(error.message)) throw new Error(`${file} is not a SQLite database`);
    throw error;
  } finally {
    database.close();
  }
}

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

function readSchema(database: Database.Database): Map<string, SchemaObject> {
  const rows = database.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as SchemaObject[];
  return new Map(rows.map((row) => [`${row.type} "${row.name}"`, row]));
}

/**
 * A backup's schema must be exactly what Duet's own migrations create: the ones the backup records
 * as applied are run on a new scratch database and every table, index, trigger and view is compared,
 * definition included. Anything else is refused before it replaces the database: a trigger that
 * makes every new user an admin, a view, a changed default would otherwise come along with the data.
 */
export async function assertSchemaAsMigrated(file: string): Promise<void> {
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  let applied: string[];
  let schema: Map<string, SchemaObject>;
  try {
    applied = (backup.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string }[]).map(
      (row) => row.migration_name,
    );
    schema = readSchema(backup);
  } finally {
    backup.close();
  }
  const known = new Set((await readMigrationsList('sqlite')).migrationDirectories.map((entry) => entry.path));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`${file} was made by a newer version of Duet (migration ${unknown.join(', ')} is unknown here)`);
  const expected = await withScratchDatabase('sqlite', undefined, async (target) => {
    if (target.provider !== 'sqlite') throw new Error('expected a SQLite scratch database');
    await applyMigrations(target, applied);
    const scratch = new Database(target.file, { readonly: true });
    try {
      return readSchema(scratch);
    } finally {
      scratch.close();
    }
  });
  const problems: string[] = [];
  for (const [key, object] of schema) {
    const wanted = expected.get(key);
    if (!wanted) problems.push(`${key} (on "${object.tbl_name}") is not created by Duet's migrations`);
    // The migrations table is written by the schema engine itself, whose wording may change between versions.
    else if (object.name !== '_prisma_migrations' && (object.sql !== wanted.sql || object.tbl_name !== wanted.tbl_name)) problems.push(`${key} is defined differently`);
  }
  for (const key of expected.keys()) if (!schema.has(key)) problems.push(`${key} is missing`);
  if (problems.length > 0) throw new Error(`${file} does not have the schema Duet's migrations create; nothing was restored:\n  ${problems.join('\n  ')}`);
}

export async function backupDatabase(destination: string | undefined): Promise<void> {
  if (!destination) throw new UsageError('Name the backup file: backup FILE');
  const source = sqliteFile();
  if (existsSync(destination)) throw new Error(`${destination} exists; choose a new name (a backup never overwrites)`);
  // VACUUM INTO reads one consistent snapshot while writers go on (WAL), and writes a compact
  // single file; the backup API would start over on every write and never finish on a busy server.
  const database = new Database(source, { fileMustExist: true });
  try {
    database.prepare('VACUUM INTO ?').run(destination);
  } finally {
    database.close();
  }
  assertDuetDatabase(destination);
  console.log(`Backed up ${source} to ${destination} (integrity checked)`);
}

/**
 * Replaces the database's contents with a backup's, after checking the backup (intact, and with
 * exactly the schema Duet's migrations create) and keeping a copy of what it replaces. Runs through SQLite, so a running server sees the restored data rather than a
 * corrupted file; stop the server anyway so nobody keeps working on pages of the old data, and
 * restart it so reader pages are rendered anew.
 */
export async function restoreDatabase(backup: string | undefined): Promise<void> {
  if (!backup) throw new UsageError('Name the backup file: restore FILE');
  const target = sqliteFile();
  assertDuetDatabase(backup);
  if (path.resolve(backup) === path.resolve(target)) throw new Error('That is the database itself');
  await assertSchemaAsMigrated(backup);
  let keptCopy: string | null = null;
  if (existsSync(target)) {
    keptCopy = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const current = new Database(target, { fileMustExist: true });
    try {
      current.prepare('VACUUM INTO ?').run(keptCopy);
    } finally {
      current.close();
    }
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  assertDuetDatabase(target);
  console.log(`Restored ${target} from ${backup}${keptCopy ? `; the replaced database is kept as ${keptCopy}` : ''}. Restart Duet.`);
}
