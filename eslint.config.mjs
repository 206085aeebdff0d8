// The floors of the house (see docs/ARCHITECTURE.md), enforced: which layer may import which.
// `npm run lint` runs it, and so does `npm test`. Type-only imports count too: a type is a dependency.
import tseslint from 'typescript-eslint';

/** Import specifiers that reach a folder, by alias or by a relative path (its last part). */
const folder = (name) => [`@/${name}`, `@/${name}/**`, `**/${name.split('/').pop()}/**`];

const generatedPrismaClient = {
  group: ['@/prisma/generated/**', '**/prisma/generated/**', '@prisma/client', '@prisma/client/**'],
  message: 'Only lib/dal imports the generated Prisma client.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'prisma/generated/**', 'test-results/**', 'data/**', 'next-env.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['lib/domain/**/*.{ts,tsx}'],
    rules: restrict(
      { group: folder('lib/dal'), message: 'lib/domain is pure: no data access.' },
      { group: folder('lib/validation'), message: 'lib/domain does not depend on request validation.' },
      { group: ['next', 'next/**', 'react', 'react/**', 'react-dom', 'react-dom/**'], message: 'lib/domain knows no framework.' },
      { group: ['node:*', '@prisma/**'], message: 'lib/domain does no I/O.' },
      generatedPrismaClient,
    ),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: restrict(
      { group: folder('lib/dal'), message: 'Components get data as props or through the API, not from the DAL.' },
      { group: folder('app'), message: 'Components do not import routes or their actions; pass actions as props.' },
      generatedPrismaClient,
    ),
  },
  {
    files: ['lib/dal/**/*.{ts,tsx}'],
    rules: restrict(
      { group: folder('lib/auth'), message: 'lib/auth builds on the DAL, not the other way round: the DAL takes a Viewer.' },
      { group: [...folder('app'), ...folder('components'), ...folder('lib/api'), ...folder('lib/actions')], message: 'The DAL knows no routes, actions or components.' },
    ),
  },
  {
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'proxy.ts'],
    ignores: ['lib/dal/**', 'lib/domain/**'],
    rules: restrict(generatedPrismaClient),
  },
  {
    // The product's core rule has one owner: a translation changes only as a version-guarded new revision.
    files: ['lib/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['lib/dal/translating/revision-write.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.property.name=/^(translation|revision)$/][callee.property.name=/^(create|createMany|update|updateMany|upsert|delete|deleteMany)$/]',
          message: 'Translations change only through writeRevision (lib/dal/translating/revision-write.ts).',
        },
      ],
    },
  },
  {
    files: ['lib/cli/**/*.ts'],
    rules: restrict(
      { group: ['@/lib/dal/core/db.ts', '**/dal/core/db.ts'], message: 'The command line calls DAL functions; it does not query the database itself.' },
      generatedPrismaClient,
    ),
  },
  {
    files: ['bench/**/*.ts'],
    rules: restrict(
      { group: folder('tests'), message: 'Benchmarks do not import test helpers; shared code lives in lib or bench/lib.' },
      generatedPrismaClient,
    ),
  },
);
