import Database from 'better-sqlite3';

/**
 * Puts a SQLite database in WAL mode (readers never block the writer, and the mode persists in the
 * file). The app's connections add `synchronous = FULL` and a busy timeout (lib/dal/core/db.ts);
 * better-sqlite3 enforces foreign keys by default.
 */
export function enableWal(file: string): void {
  const database = new Database(file);
  try {
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}
