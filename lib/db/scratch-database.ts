import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget, Provider } from './provider.ts';

/**
 * Runs `work` against a new empty database that is deleted afterwards: a temporary SQLite file, or a
 * temporary database on the PostgreSQL server named by `postgresUrl`.
 */
export async function withScratchDatabase<T>(
  provider: Provider,
  postgresUrl: string | undefined,
  work: (target: DatabaseTarget) => Promise<T>,
): Promise<T> {
  if (provider === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duet-scratch-'));
    try {
      return await work({ provider, file: path.join(dir, 'scratch.db') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (!postgresUrl) throw new Error('A PostgreSQL server URL is needed for a PostgreSQL scratch database');
  const name = `duet_scratch_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    try {
      return await work({ provider, url: url.toString() });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
