import path from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export type DatabaseTarget =
  | { provider: 'sqlite'; file: string }
  | { provider: 'postgresql'; url: string };

export const defaultSqliteFile = path.join(process.cwd(), 'data', 'duet.db');

/**
 * Reads the database choice from a `DATABASE_URL`-style string: unset means the embedded SQLite file
 * under `data/`; `file:` names another SQLite file; `postgres://` or `postgresql://` selects PostgreSQL.
 */
export function resolveDatabaseTarget(url: string | undefined): DatabaseTarget {
  if (!url) return { provider: 'sqlite', file: defaultSqliteFile };
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) return { provider: 'sqlite', file: path.resolve(url.slice('file:'.length)) };
  throw new Error(
    'DATABASE_URL must be empty (embedded SQLite), a file: path, or a postgres:// / postgresql:// URL',
  );
}
