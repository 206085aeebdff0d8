import { defineConfig } from 'prisma/config';

// Prisma's CLI is used only for `prisma generate`; migrations go through scripts/db.ts, which runs
// Prisma's WebAssembly schema engine offline.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
