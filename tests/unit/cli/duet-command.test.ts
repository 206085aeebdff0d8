import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '@/lib/cli/commands.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'duet-cli-'));
// Nothing here may open a database: none of these calls creates this file, let alone the dev database.
const databaseFile = path.join(scratch, 'never-created.db');
const env = { ...process.env, DATABASE_URL: `file:${databaseFile}` };

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, { cwd: options.cwd ?? root, env: options.env ?? env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const duet = (...args: string[]) => run(process.execPath, ['bin/duet.mjs', ...args]);

// Every call starts two processes (the bin, then node with tsx), seconds each on a busy machine.
describe('the duet command', { timeout: 120_000 }, () => {
  it('lists every command with --help and exits 0', () => {
    const help = duet('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: duet <command>/);
    for (const name of Object.keys(commands)) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(duet('help').stdout).toBe(help.stdout);
  });

  it('explains each command with COMMAND --help and exits 0', () => {
    const importHelp = duet('import', '--help');
    expect(importHelp).toMatchObject({ code: 0, stderr: '' });
    expect(importHelp.stdout).toMatch(/^Usage: duet import EN\.md \[--translation ZH\.md\] \[--slug S\] \[--source-url URL\]\n\nImports an English/);
    expect(duet('user', 'create', '-h').stdout).toMatch(/^Usage: duet user create [\s\S]*duet user set-password --email E \[--password P\]/);
    for (const name of Object.keys(commands)) {
      const help = duet(name, '--help');
      expect(help.code, name).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: duet ${name}\\b`));
    }
  });

  it('refuses an unknown command, a bad option or a stray argument with the usage, exits 64 and changes nothing', () => {
    const unknown = duet('frobnicate');
    expect(unknown).toMatchObject({ code: 64, stdout: '' });
    expect(unknown.stderr).toMatch(/^Unknown command: frobnicate\n\nUsage: duet <command>/);
    const badOption = duet('import', 'post.md', '--frob');
    expect(badOption).toMatchObject({ code: 64, stdout: '' });
    expect(badOption.stderr).toMatch(/^Unknown option '--frob'\n\nUsage: duet import EN\.md/);
    const missingValue = duet('export', 'my-post', '--format');
    expect(missingValue.code).toBe(64);
    expect(missingValue.stderr).toMatch(/^Option '--format <value>' argument missing\n\nUsage: duet export SLUG/);
    const stray = duet('migrate', 'now');
    expect(stray.code).toBe(64);
    expect(stray.stderr).toMatch(/^Unexpected argument: now\n\nUsage: duet migrate/);
    expect(duet().stderr).toMatch(/^No command given\n\nUsage: duet <command>/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  it('reads file names relative to the directory it is run from', () => {
    const missing = run(process.execPath, ['../../bin/duet.mjs', 'import', 'no-such-article.en.md'], { cwd: path.join(root, 'prisma', 'seed') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: No such file: ${path.join('prisma', 'seed', 'no-such-article.en.md')}\n`);
    expect(existsSync(databaseFile)).toBe(false);
  });

  it('is what `npm run -s duet --` and `npx duet` run in the project, without the registry', () => {
    const expected = duet('--help').stdout;
    expect(run('npm', ['run', '-s', 'duet', '--', '--help'])).toMatchObject({ code: 0, stdout: expected });
    // npx resolves `duet` from this package.json's bin: it links the project into its own cache and
    // runs bin/duet.mjs. A new cache shows that first run; --offline fails if it would ask the
    // registry, and --ignore-scripts keeps it from rerunning postinstall (prisma generate) here.
    const npx = run('npx', ['--offline', '--ignore-scripts', 'duet', '--help'], { env: { ...env, npm_config_cache: path.join(scratch, 'npm-cache') } });
    expect(npx).toMatchObject({ code: 0, stdout: expected });
  });
});
