/*
 * The benchmark's fresh database: a temporary SQLite file, or `duet_bench` (dropped and made anew)
 * on BENCH_POSTGRES_URL's server, as tests/e2e/support/fresh-postgres-database.ts does for the
 * end-to-end suite. Migrated here, before the app starts, so the app and the data generator agree.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../lib/db/schema-engine.ts';

export type BenchDatabase = { provider: 'sqlite' | 'postgresql'; url: string; label: string; drop: () => Promise<void> };

const postgresName = 'duet_bench';

async function administer(serverUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function createBenchDatabase(postgresServerUrl: string | undefined): Promise<BenchDatabase> {
  if (postgresServerUrl) {
    await administer(postgresServerUrl, [`DROP DATABASE IF EXISTS ${postgresName} WITH (FORCE)`, `CREATE DATABASE ${postgresName}`]);
    const url = new URL(postgresServerUrl);
    url.pathname = `/${postgresName}`;
    await applyMigrations({ provider: 'postgresql', url: url.toString() });
    return {
      provider: 'postgresql',
      url: url.toString(),
      label: `PostgreSQL database ${postgresName} on ${url.host}`,
      drop: () => administer(postgresServerUrl, [`DROP DATABASE IF EXISTS ${postgresName} WITH (FORCE)`]),
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'duet-bench-'));
  const file = path.join(dir, 'bench.db');
  await applyMigrations({ provider: 'sqlite', file });
  return { provider: 'sqlite', url: `file:${file}`, label: `SQLite file ${file}`, drop: () => rm(dir, { recursive: true, force: true }) };
}
