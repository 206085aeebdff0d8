import path from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const root = import.meta.dirname;

const shared = {
  resolve: {
    alias: {
      '@': root,
      // Next.js resolves this to an empty module on the server; tests run server code directly.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
};

/** The data-access suite runs once per database engine, each file against its own new database. */
function dalProject(provider: 'sqlite' | 'postgresql'): TestProjectInlineConfiguration {
  return {
    ...shared,
    test: {
      name: `dal-${provider}`,
      include: ['tests/unit/dal/**/*.test.ts'],
      setupFiles: ['tests/support/test-database.ts'],
      // A lower per-IP limit keeps the throttling test short; it reads the limit from the environment.
      env: { DUET_TEST_PROVIDER: provider, DUET_SIGNIN_MAX_FAILURES_PER_IP: '12' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: 'domain', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/dal/**'] } },
      dalProject('sqlite'),
      ...(process.env.TEST_POSTGRES_URL ? [dalProject('postgresql')] : []),
    ],
  },
});
