import { execFileSync } from 'node:child_process';

/** Runs `npm run duet -- ...` against the database the test server uses; returns stdout. */
export function duet(...args: string[]): string {
  return execFileSync('npm', ['run', '-s', 'duet', '--', ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: 'utf8',
  }).trim();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}
