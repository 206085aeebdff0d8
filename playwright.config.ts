import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/*
 * End-to-end tests drive Debian's Chromium against the production build, served by `npm start` on
 * its own port with a new database seeded with the demo content: a temporary SQLite file, or the
 * PostgreSQL database named by E2E_DATABASE_URL (see the test:e2e:postgres script).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const mtPort = port + 1;
process.env.E2E_DATABASE_URL ||= `file:${path.join(os.tmpdir(), `duet-e2e-${Date.now()}.db`)}`;
// The reading site's files belong to that database: a new folder for each run.
process.env.E2E_SITE_DIR ||= path.join(os.tmpdir(), `duet-e2e-site-${Date.now()}`);
// And so are the working copies of the Git repositories it syncs with.
process.env.E2E_REPO_DIR ||= path.join(os.tmpdir(), `duet-e2e-repos-${Date.now()}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      // A machine translation server for suggestions and pre-translation: the stand-in, on loopback.
      command: 'npx tsx tests/e2e/support/mt-server.ts',
      url: `http://127.0.0.1:${mtPort}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_MT_PORT: String(mtPort) },
    },
    {
      command: 'npm run -s duet -- start',
      url: `http://127.0.0.1:${port}/`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        DUET_SITE_DIR: process.env.E2E_SITE_DIR,
        DUET_REPO_DIR: process.env.E2E_REPO_DIR,
        // As in production: absolute canonical, hreflang and feed links, and the feed and sitemap as files.
        DUET_PUBLIC_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: 'e2e-only-secret-that-is-long-enough-0123456789',
        DUET_MT_URL: `http://127.0.0.1:${mtPort}/v1`,
        DUET_MT_MODEL: 'stand-in',
        DUET_MT_TIMEOUT_SECONDS: '3',
      },
    },
  ],
});
