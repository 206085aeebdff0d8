import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget, Provider } from './provider.ts';

export type ScratchDatabase = { target: DatabaseTarget; drop: () => Promise<void> };

/**
 * A new empty database, deleted by `drop()`: a temporary SQLite file, or a temporary database on the
 * PostgreSQL server named by `postgresUrl`. Used for migration checks and by the tests.
 */
export async function createScratchDatabase(provider: Provider, postgresUrl?: string): Promise<ScratchDatabase> {
  if (provider === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duet-scratch-'));
    return {
      target: { provider, file: path.join(dir, 'scratch.db') },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('A PostgreSQL server URL is needed for a PostgreSQL scratch database');
  const name = `duet_scratch_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    target: { provider, url: url.toString() },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export async function withScratchDatabase<T>(
  provider: Provider,
  postgresUrl: string | undefined,
  work: (target: DatabaseTarget) => Promise<T>,
): Promise<T> {
  const scratch = await createScratchDatabase(provider, postgresUrl);
  try {
    return await work(scratch.target);
  } finally {
    await scratch.drop();
  }
}
