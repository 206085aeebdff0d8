import { ensureLocalSecret } from '../auth/secret.ts';
import { migrateDatabase } from './migrate.ts';

/** Everything a fresh clone needs before the app can serve: schema, secret, demo content. */
export async function setup(): Promise<void> {
  await migrateDatabase();
  if (!process.env.AUTH_SECRET) ensureLocalSecret();
  if (process.env.DUET_SEED_DEMO !== 'false') await (await import('./seed.ts')).seed();
}
