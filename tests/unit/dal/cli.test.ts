import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/dal/accounts/password-hash.ts';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { db } from '@/lib/dal/core/db.ts';

/** Runs the real CLI (`duet ...`, bin/duet.mjs) against this test file's database. */
function duet(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/duet.mjs', ...args], {
    env: { ...process.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

// Every call starts two processes (the bin, then node with tsx), seconds each when the machine is busy.
describe('the duet command', { timeout: 120_000 }, () => {
  it('creates a user with a generated password that it prints once', async () => {
    const created = duet('user', 'create', '--email', 'cli@example.test', '--name', 'Cli User', '--role', 'translator');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created translator cli@example\.test/);
    expect(created.stdout).toMatch(/Password: [a-z0-9]{5}(-[a-z0-9]{5}){3}/);
    expect(duet('user', 'list').stdout).toMatch(/cli@example\.test\tCli User\ttranslator\tactive/);
  });

  it('explains bad input, exits non-zero and changes nothing', async () => {
    const before = await db.user.count();
    const badRole = duet('user', 'create', '--email', 'x@example.test', '--name', 'X', '--role', 'overlord');
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/role: Role must be one of: admin, reviewer, translator/);
    const missing = duet('user', 'create', '--name', 'No Email', '--role', 'admin');
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/Missing --email/);
    const unknown = duet('frobnicate');
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown command: frobnicate[\s\S]*Usage:/);
    const nobody = duet('user', 'disable', '--email', 'nobody@example.test');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No user with e-mail nobody@example\.test/);
    expect(await db.user.count()).toBe(before);
  });

  it('creates, lists and revokes API tokens', async () => {
    duet('user', 'create', '--email', 'bot@example.test', '--name', 'Bot', '--role', 'reviewer', '--password', 'bot password 123');
    const created = duet('token', 'create', '--email', 'bot@example.test', '--label', 'nightly');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^duet_[A-Za-z0-9_-]{43}$/);
    const [id, label, , state] = duet('token', 'list', '--email', 'bot@example.test').stdout.split('\t');
    expect([label, state]).toEqual(['nightly', 'active']);
    expect(duet('token', 'revoke', '--id', id ?? '').code).toBe(0);
    expect(duet('token', 'list', '--email', 'bot@example.test').stdout).toMatch(/\trevoked\t/);
    expect(duet('token', 'revoke', '--id', id ?? '').code).toBe(1);
  });

  it('sets a password, printing a generated one once, and refuses bad input', async () => {
    duet('user', 'create', '--email', 'forgot@example.test', '--name', 'Forgot', '--role', 'translator', '--password', 'the forgotten one');
    const stored = () => db.user.findUniqueOrThrow({ where: { email: 'forgot@example.test' }, select: { passwordHash: true, sessionVersion: true } });
    const before = await stored();
    const missing = duet('user', 'set-password', '--password', 'a new password');
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/Missing --email[\s\S]*user set-password --email E \[--password P\]/);
    const short = duet('user', 'set-password', '--email', 'forgot@example.test', '--password', 'short');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: Use at least 10 characters/);
    expect(duet('user', 'set-password', '--email', 'nobody@example.test').code).toBe(1);
    expect(await stored()).toEqual(before);

    const generated = duet('user', 'set-password', '--email', 'forgot@example.test');
    expect(generated.code).toBe(0);
    const password = /^Password: (\S+)$/m.exec(generated.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    const after = await stored();
    expect(await verifyPassword(password, after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });

  it('assigns and unassigns a user by e-mail, and refuses an unknown one', async () => {
    await importArticle(systemViewer, { markdown: 'Rivers shape valleys.\n', slug: 'cli-assign' });
    duet('user', 'create', '--email', 'assignee@example.test', '--name', 'Assignee', '--role', 'translator', '--password', 'assignee password');
    const assigned = duet('assign', 'cli-assign', '--email', 'assignee@example.test');
    expect(assigned).toMatchObject({ code: 0, stdout: JSON.stringify({ assigned: [{ email: 'assignee@example.test', name: 'Assignee' }] }) });
    expect(await db.articleAssignment.count({ where: { article: { slug: 'cli-assign' } } })).toBe(1);
    const nobody = duet('assign', 'cli-assign', '--email', 'nobody@example.test');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No user with e-mail nobody@example\.test/);
    expect(duet('assign', 'cli-assign').code).toBe(64);
    expect(duet('unassign', 'cli-assign', '--email', 'assignee@example.test')).toMatchObject({ code: 0, stdout: JSON.stringify({ assigned: [] }) });
    expect(await db.articleAssignment.count({ where: { article: { slug: 'cli-assign' } } })).toBe(0);
  });

  it('archives, unarchives and deletes an article, deleting only with the slug given twice', async () => {
    await importArticle(systemViewer, { markdown: 'Stray upload.\n', slug: 'cli-stray' });
    expect(duet('archive', 'cli-stray')).toMatchObject({ code: 0, stdout: JSON.stringify({ slug: 'cli-stray', archived: true }) });
    expect(await db.article.findUniqueOrThrow({ where: { slug: 'cli-stray' }, select: { archivedAt: true } })).not.toEqual({ archivedAt: null });
    expect(duet('archive', 'cli-stray', '--undo')).toMatchObject({ code: 0, stdout: JSON.stringify({ slug: 'cli-stray', archived: false }) });
    expect(await db.article.findUniqueOrThrow({ where: { slug: 'cli-stray' }, select: { archivedAt: true } })).toEqual({ archivedAt: null });
    const unconfirmed = duet('delete', 'cli-stray', '--confirm', 'cli');
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/Type the article's slug, cli-stray, to confirm/);
    expect(duet('delete', 'cli-stray').code).toBe(64);
    expect(await db.article.count({ where: { slug: 'cli-stray' } })).toBe(1);
    expect(duet('delete', 'cli-stray', '--confirm', 'cli-stray')).toMatchObject({ code: 0, stdout: JSON.stringify({ slug: 'cli-stray', deleted: true }) });
    expect(await db.article.count({ where: { slug: 'cli-stray' } })).toBe(0);
  });
});
