import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/lib/cli/backup.ts';
import { applyMigrations, readMigrationsList } from '@/lib/db/schema-engine.ts';
import { db } from '@/lib/dal/core/db.ts';
import { env } from '@/lib/env.ts';

const sqlite = env.DATABASE_URL.provider === 'sqlite';
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'duet-backup-'));

const writerScript = `
const Database = require('better-sqlite3');
const { appendFileSync } = require('node:fs');
const [file, log] = process.argv.slice(1);
const database = new Database(file, { timeout: 5000 });
database.pragma('synchronous = FULL');
const insert = database.prepare("INSERT INTO RateLimitHit (id, key, createdAt) VALUES (?, 'backup-writer', ?)");
for (;;) {
  const id = crypto.randomUUID();
  insert.run(id, Date.now());
  appendFileSync(log, id + '\\n');
}
`;

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(sqlite)('backup and restore (SQLite)', () => {
  it('backs up a consistent copy while another process keeps writing, and restores it', async () => {
    const file = env.DATABASE_URL.provider === 'sqlite' ? env.DATABASE_URL.file : '';
    const log = path.join(scratch(), 'acknowledged.txt');
    // A writer in its own process, as a server would be: it appends the id of each committed row.
    const writer = spawn(process.execPath, ['-e', writerScript, file, log], { stdio: 'inherit' });
    await until(() => existsSync(log) && readFileSync(log, 'utf8').split('\n').length > 50);
    const acknowledgedBefore = new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean));
    const backup = path.join(scratch(), 'duet-backup.db');
    await backupDatabase(backup);
    await until(() => readFileSync(log, 'utf8').split('\n').length > acknowledgedBefore.size + 50);
    writer.kill('SIGKILL');
    await new Promise((resolve) => writer.once('exit', resolve));

    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const inBackup = new Set((copy.prepare("SELECT id FROM RateLimitHit WHERE key = 'backup-writer'").all() as { id: string }[]).map((row) => row.id));
    copy.close();
    expect([...acknowledgedBefore].filter((id) => !inBackup.has(id))).toEqual([]);
    const written = await db.rateLimitHit.count({ where: { key: 'backup-writer' } });
    expect(inBackup.size).toBeLessThan(written);

    await restoreDatabase(backup);
    expect(await db.rateLimitHit.count({ where: { key: 'backup-writer' } })).toBe(inBackup.size);
  });

  it('refuses to restore a file that is not a Duet database, and never overwrites a backup', async () => {
    const dir = scratch();
    const other = new Database(path.join(dir, 'other.db'));
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    await expect(restoreDatabase(path.join(dir, 'other.db'))).rejects.toThrow(/not a Duet database/);
    const file = path.join(dir, 'once.db');
    await backupDatabase(file);
    await expect(backupDatabase(file)).rejects.toThrow(/exists/);
  });

  /** A backup of the database, changed by `tamper` as an attacker with the file would. */
  async function tamperedBackup(tamper: string): Promise<string> {
    const file = path.join(scratch(), 'tampered.db');
    await backupDatabase(file);
    const copy = new Database(file);
    copy.exec(tamper);
    copy.close();
    return file;
  }

  it.each([
    ['a trigger that makes every new user an admin', `CREATE TRIGGER "promote" AFTER INSERT ON "User" BEGIN UPDATE "User" SET "role" = 'admin' WHERE "id" = NEW."id"; END;`],
    ['a trigger on the migrations table', `CREATE TRIGGER "watch" AFTER INSERT ON "_prisma_migrations" BEGIN DELETE FROM "ApiToken"; END;`],
    ['a view', `CREATE VIEW "Everyone" AS SELECT "email", "passwordHash" FROM "User";`],
    ['an extra table', `CREATE TABLE "Extra" ("id" TEXT);`],
    ['an extra index', `CREATE INDEX "User_name_idx" ON "User" ("name");`],
    ['a changed table', `ALTER TABLE "User" ADD COLUMN "note" TEXT DEFAULT 'x';`],
    ['a dropped index', `DROP INDEX "RateLimitHit_key_createdAt_idx";`],
  ])('refuses a backup with %s, and leaves the database as it was', async (_name, tamper) => {
    const backup = await tamperedBackup(tamper);
    await db.user.create({ data: { email: `before-${crypto.randomUUID()}@example.test`, name: 'Before', role: 'translator', passwordHash: '-' }, select: { id: true } });
    const users = await db.user.count();
    await expect(restoreDatabase(backup)).rejects.toThrow(/schema Duet's migrations create; nothing was restored/);
    expect(await db.user.count()).toBe(users);
    const created = await db.user.create({ data: { email: `after-${crypto.randomUUID()}@example.test`, name: 'After', role: 'translator', passwordHash: '-' }, select: { role: true } });
    expect(created.role).toBe('translator');
  });

  it('restores a backup made before the latest migrations (the next start applies them)', async () => {
    const { migrationDirectories } = await readMigrationsList('sqlite');
    const older = migrationDirectories.slice(0, -1).map((entry) => entry.path);
    const file = path.join(scratch(), 'older.db');
    await applyMigrations({ provider: 'sqlite', file }, older);
    await restoreDatabase(file);
    const database = new Database(env.DATABASE_URL.provider === 'sqlite' ? env.DATABASE_URL.file : '', { readonly: true });
    const applied = database.prepare('SELECT COUNT(*) AS count FROM _prisma_migrations').get() as { count: number };
    database.close();
    expect(applied.count).toBe(older.length);
  });
});
