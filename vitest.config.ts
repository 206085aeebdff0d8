import { tmpdir } from 'node:os';
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

/**
 * The data-access and security suites run once per database engine, each file against its own new
 * database.
 */
function databaseProject(suite: 'dal' | 'security', provider: 'sqlite' | 'postgresql'): TestProjectInlineConfiguration {
  return {
    ...shared,
    test: {
      name: `${suite}-${provider}`,
      include: [suite === 'dal' ? 'tests/unit/dal/**/*.test.ts' : 'tests/security/**/*.test.ts'],
      setupFiles: ['tests/support/test-database.ts'],
      // A lower per-IP limit keeps the throttling test short; it reads the limit from the environment.
      // Suites such as the authorization matrix save and export hundreds of times a minute as the same
      // users, so the abuse limits are lifted here; tests/security/rate-limits.test.ts sets the real
      // defaults for itself.
      env: {
        DUET_TEST_PROVIDER: provider,
        DUET_SIGNIN_MAX_FAILURES_PER_IP: '12',
        DUET_SAVE_BURST: '100000',
        DUET_IMPORT_RATE_PER_HOUR: '100000',
        DUET_EXPORT_RATE_PER_HOUR: '100000',
        DUET_CHECK_RATE_PER_MINUTE: '100000',
        // Working copies of the Git repositories tests sync with, away from the project's data/.
        DUET_REPO_DIR: path.join(tmpdir(), `duet-test-repos-${provider}-${process.pid}`),
      },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: 'domain', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/dal/**'] } },
      databaseProject('dal', 'sqlite'),
      databaseProject('security', 'sqlite'),
      ...(process.env.TEST_POSTGRES_URL ? [databaseProject('dal', 'postgresql'), databaseProject('security', 'postgresql')] : []),
    ],
  },
});
