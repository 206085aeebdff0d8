import { createMigration, writePostgresSchema } from '../db/migrations.ts';

/*
 * Developer commands for the data model:
 *   npm run db:schema               derive prisma/postgres/schema.prisma from prisma/schema.prisma
 *   npm run db:migration -- NAME    create the next migration for SQLite and PostgreSQL
 * Creating a PostgreSQL migration replays the existing ones in a temporary database, so it needs a
 * reachable server: MIGRATION_POSTGRES_URL, else TEST_POSTGRES_URL.
 */
const [command, label] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'schema') {
    const changed = await writePostgresSchema();
    console.log(changed ? 'Wrote prisma/postgres/schema.prisma' : 'prisma/postgres/schema.prisma is up to date');
    return 0;
  }
  if (command === 'migration') {
    const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
    if (!label) throw new Error('Usage: npm run db:migration -- NAME (a-z, 0-9, _)');
    if (!postgresUrl) throw new Error('Set MIGRATION_POSTGRES_URL (or TEST_POSTGRES_URL) to a PostgreSQL server');
    const result = await createMigration(label, postgresUrl);
    console.log(result.written ? `Created migration ${result.name} for sqlite and postgresql` : 'No model changes');
    return 0;
  }
  throw new Error('Usage: db-dev schema | migration NAME');
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
