import { env } from '../env.ts';
import { applyMigrations } from '../db/schema-engine.ts';

/** Applies pending migrations to the configured database; prints what it did. */
export async function migrateDatabase(): Promise<void> {
  const target = env.DATABASE_URL;
  const applied = await applyMigrations(target);
  const where = target.provider === 'sqlite' ? target.file : 'PostgreSQL';
  console.log(applied.length ? `Applied ${applied.join(', ')} to ${where}` : `Database ${where} is up to date`);
}
