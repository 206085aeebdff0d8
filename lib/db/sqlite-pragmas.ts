import Database from 'better-sqlite3';

/**
 * Puts a SQLite database in WAL mode (readers never block the writer, and the mode persists in the
 * file). Durability stays at SQLite's default `synchronous = FULL`: an acknowledged save survives a
 * power cut. better-sqlite3 enforces foreign keys by default; the app sets a 5 s busy timeout.
 */
export function enableWal(file: string): void {
  const database = new Database(file);
  try {
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}
