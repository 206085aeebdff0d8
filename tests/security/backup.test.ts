import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/lib/cli/backup.ts';
import { db } from '@/lib/dal/db.ts';
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
});
