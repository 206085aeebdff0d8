import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { createRepository, listRepositories, setRepositorySyncInterval } from '@/lib/dal/repositories/repositories.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { addRepository } from '@/lib/repo/add.ts';
import { pushRepository } from '@/lib/repo/push.ts';
import { runDueRepositorySyncs } from '@/lib/repo/scheduled-sync.ts';
import { syncRepository } from '@/lib/repo/sync.ts';
import { makeUser } from '../../support/factories.ts';
import { makeRemote } from '../../support/git-remote.ts';

// Git and the imports are slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

// Working copies go to a temporary folder, set before lib/env.ts reads the environment.
const repoDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'duet-repos-'));
  process.env.DUET_REPO_DIR = dir;
  process.env.DUET_GIT_TOKEN = 'env-token-7f3a9c';
  return dir;
});

const agents = '---\ntitle: "Agents in practice"\n---\n\n# Agents in practice\n\nAgents call tools in a loop until the task is done.\n\nThey stop when the model answers without a tool call.\n';
const agentsZh = '---\ntitle: "实践中的智能体"\ntranslators:\n- user: Wei\n- user: Lin\n  proofreader: true\n---\n\n# 实践中的智能体\n\n智能体在循环中调用工具，直到任务完成。\n\n当模型不再调用工具而直接回答时，它们就会停下。\n';
const tokens = '---\ntitle: "Tokens explained"\n---\n\n# Tokens explained\n\nTokens are the pieces of words a model reads.\n\nA tokenizer splits text into tokens before the model sees it.\n';

let counter = 0;
/**
 * A remote with two posts and one existing translation, added to Duet under a new name. File names
 * carry the number, as every test file shares one database and slugs are unique.
 */
async function addedRemote() {
  counter += 1;
  const n = counter;
  const files = { agents: `agents-${n}.md`, tokens: `Tokens_Explained_${n}.md`, agentsZh: `zh/agents-${n}.md`, tokensZh: `zh/Tokens_Explained_${n}.md` };
  const remote = makeRemote({ [files.agents]: agents, [files.tokens]: tokens, [files.agentsZh]: agentsZh, 'README.txt': 'not a post\n' });
  const name = `blog-${n}`;
  await addRepository(systemViewer, { name, url: remote.url, sources: '*.md', translations: 'zh/{name}.md' });
  return { remote, name, files, slugs: { agents: `agents-${n}`, tokens: `tokens-explained-${n}` } };
}

const segmentsOf = (slug: string) =>
  db.segment.findMany({
    where: { article: { slug }, archivedAt: null, translatable: true },
    orderBy: { position: 'asc' },
    select: { id: true, source: true, translation: { select: { text: true, status: true, version: true } } },
  });

const tokensZh = ['词元详解', '# 词元详解', '词元是模型读取的词语片段。', '分词器在模型看到文本之前把它切分成词元。'];

/**
 * Translates each segment (when `texts` are given, else keeps the imported text), submits it, has
 * `approver` approve it, and publishes. Returns who wrote the translation.
 */
async function translateAndPublish(slug: string, texts?: string[], approver?: Awaited<ReturnType<typeof makeUser>>['viewer']) {
  const writer = await makeUser('reviewer');
  const reviewer = approver ?? (await makeUser('reviewer')).viewer;
  for (const [index, segment] of (await segmentsOf(slug)).entries()) {
    let version = segment.translation!.version;
    if (texts) version = (await saveTranslation(writer.viewer, segment.id, { text: texts[index]!, version })).version;
    version = (await changeTranslationStatus(writer.viewer, segment.id, { event: 'submit', version })).version;
    await approveTranslation(reviewer, segment.id, { version });
  }
  await publishArticle(reviewer, slug);
  return writer;
}

const zhExport = async (slug: string) => exportArticle(await getArticleExportOrThrow(systemViewer, slug), 'zh', 'omit').body;
const lastSyncOf = async (name: string) => (await listRepositories(systemViewer)).find((repository) => repository.name === name)!;

describe('adding a repository', () => {
  it('checks the URL, the branch and the glob before saving anything', async () => {
    const remote = makeRemote({ 'post.md': tokens });
    const tries = [
      { input: { url: path.join(path.dirname(remote.url), 'missing.git') }, error: /Cannot read a Git repository at .*missing\.git/ },
      { input: { branch: 'gh-pages' }, error: /has no branch "gh-pages"/ },
      { input: { sources: '_posts/*.md' }, error: /No file on branch "main" matches "_posts\/\*\.md"/ },
      { input: { translations: 'zh/post.md' }, error: /must contain \{name\}/ },
      { input: { url: '--upload-pack=touch /tmp/x' }, error: /Use an https:\/\/.*URL/ },
    ];
    for (const { input, error } of tries) {
      const attempt = addRepository(systemViewer, { name: 'refused', url: remote.url, sources: '*.md', translations: 'zh/{name}.md', ...input });
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toThrow(error);
    }
    expect(await db.repository.count({ where: { name: 'refused' } })).toBe(0);
    expect(existsSync(path.join(repoDir, 'refused'))).toBe(false);
  });

  it('refuses a second repository of the same name, and anyone but an admin', async () => {
    const { remote, name } = await addedRemote();
    await expect(addRepository(systemViewer, { name, url: remote.url, sources: '*.md', translations: 'zh/{name}.md' })).rejects.toThrow(ConflictError);
    const reviewer = await makeUser('reviewer');
    await expect(addRepository(reviewer.viewer, { name: 'mine', url: remote.url, sources: '*.md', translations: 'zh/{name}.md' })).rejects.toThrow(NotFoundError);
    await expect(syncRepository(reviewer.viewer, name)).rejects.toThrow(NotFoundError);
    await expect(pushRepository(reviewer.viewer, { name })).rejects.toThrow(NotFoundError);
    await expect(listRepositories(reviewer.viewer)).rejects.toThrow(NotFoundError);
  });
});

describe('syncing a repository', () => {
  it('imports new sources with their existing translation, then leaves unchanged ones alone', async () => {
    const { name, files, slugs } = await addedRemote();
    expect(await syncRepository(systemViewer, name)).toEqual({ imported: 2, updated: 0, unchanged: 0, failed: [] });
    const articles = await db.article.findMany({ where: { repository: { name } }, orderBy: { slug: 'asc' }, select: { slug: true, repositoryPath: true } });
    expect(articles).toEqual([
      { slug: slugs.agents, repositoryPath: files.agents },
      { slug: slugs.tokens, repositoryPath: files.tokens },
    ]);
    // Aligned as an import is: the untouched translation exports as the Chinese file it came from.
    expect(await zhExport(slugs.agents)).toBe(agentsZh);
    expect((await segmentsOf(slugs.tokens)).every((segment) => segment.translation?.status === 'untranslated')).toBe(true);

    expect(await syncRepository(systemViewer, name)).toEqual({ imported: 0, updated: 0, unchanged: 2, failed: [] });
    const listed = await lastSyncOf(name);
    expect(listed).toMatchObject({ articles: 2, published: 0, lastSync: { error: null } });
    expect(listed.lastSync!.files.map((file) => [file.path, file.outcome])).toEqual([
      [files.tokens, 'unchanged'],
      [files.agents, 'unchanged'],
    ]);
  });

  it('re-anchors a changed source: one edited paragraph is one outdated translation', async () => {
    const { remote, name, files, slugs } = await addedRemote();
    await syncRepository(systemViewer, name);
    remote.commit({ [files.agents]: agents.replace('until the task is done', 'until the whole task is done') });
    expect(await syncRepository(systemViewer, name)).toEqual({ imported: 0, updated: 1, unchanged: 1, failed: [] });
    const outdated = (await segmentsOf(slugs.agents)).filter((segment) => segment.translation?.status === 'outdated');
    expect(outdated.map((segment) => segment.source.trim())).toEqual(['Agents call tools in a loop until the whole task is done.']);
    expect(outdated[0]!.translation!.text).toBe('智能体在循环中调用工具，直到任务完成。');
    expect((await lastSyncOf(name)).lastSync!.files.find((file) => file.path === files.agents)).toMatchObject({ outcome: 'updated', changed: 1 });
  });

  it('reports a malformed file by path, imports nothing of it, and imports the rest', async () => {
    const { remote, name } = await addedRemote();
    remote.commit({
      'broken.md': '---\ntitle: [unclosed\n---\n\nText.\n',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      // A link to a file of the server: never read.
      'secrets.md': { symlink: '/etc/hostname' },
    });
    const report = await syncRepository(systemViewer, name);
    expect(report).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
    expect(report.failed.map((failure) => failure.path)).toEqual(['binary.md', 'broken.md', 'secrets.md']);
    expect(report.failed[0]!.error).toMatch(/binary\.md is binary/);
    expect(report.failed[1]!.error).toMatch(/front matter is broken/);
    expect(report.failed[2]!.error).toMatch(/secrets\.md is a symbolic link/);
    expect(await db.article.count({ where: { slug: { in: ['broken', 'binary', 'secrets'] } } })).toBe(0);
    expect(await db.article.count({ where: { repository: { name } } })).toBe(2);
  });

  it('syncs on a schedule when one is set, once per interval', async () => {
    const { remote, name, files } = await addedRemote();
    await runDueRepositorySyncs();
    expect((await lastSyncOf(name)).lastSync).toBeNull();
    await setRepositorySyncInterval(systemViewer, name, 30);
    await expect(setRepositorySyncInterval(systemViewer, name, 1)).rejects.toThrow(ValidationError);
    await runDueRepositorySyncs();
    expect((await lastSyncOf(name)).articles).toBe(2);
    remote.commit({ [files.agents]: agents.replace('They stop', 'Agents stop') });
    await runDueRepositorySyncs();
    expect((await lastSyncOf(name)).lastSync!.files.every((file) => file.outcome === 'imported')).toBe(true);
    await setRepositorySyncInterval(systemViewer, name, null);
    expect((await lastSyncOf(name)).syncIntervalMinutes).toBeNull();
  });

  it('fails as a whole when the glob matches nothing, and keeps that outcome', async () => {
    const { name } = await addedRemote();
    await db.repository.update({ where: { name }, data: { sourcesGlob: 'docs/*.md' } });
    await expect(syncRepository(systemViewer, name)).rejects.toThrow(/No file on branch "main" matches "docs\/\*\.md"/);
    expect((await lastSyncOf(name)).lastSync).toMatchObject({ files: [], error: expect.stringMatching(/matches/) });
    expect(await db.article.count({ where: { repository: { name } } })).toBe(0);
  });
});

describe('pushing translations', () => {
  it('commits exactly the published article, byte for byte its zh export, naming its translator', async () => {
    const { remote, name, files, slugs } = await addedRemote();
    await syncRepository(systemViewer, name);
    const writer = await translateAndPublish(slugs.tokens, tokensZh);
    const pushed = await pushRepository(systemViewer, { name });
    expect(pushed).toMatchObject({ files: [files.tokensZh], skipped: [] });
    expect(remote.run('rev-parse', 'duet/translations')).toBe(pushed.commit);
    expect(remote.show('duet/translations', files.tokensZh)).toBe(await zhExport(slugs.tokens));
    expect(remote.run('diff', '--name-only', 'main', 'duet/translations')).toBe(files.tokensZh);
    const message = remote.run('log', '-1', '--format=%B', 'duet/translations');
    expect(message).toContain(slugs.tokens);
    expect(message).toContain(writer.user.name);
    // Nothing new to write: no empty commit.
    expect(await pushRepository(systemViewer, { name })).toEqual({ commit: pushed.commit, files: [], skipped: [] });
  });

  it('writes an untouched imported translation back unchanged, and leaves out an article edited since publishing', async () => {
    const { remote, name, slugs } = await addedRemote();
    await syncRepository(systemViewer, name);
    // A reviewer the Chinese file does not credit approves it unchanged in Duet: approving lets it be
    // published, it does not make them its proofreader, so the file keeps the credits it came with.
    await translateAndPublish(slugs.agents);
    expect(await zhExport(slugs.agents)).toBe(agentsZh);
    const first = await pushRepository(systemViewer, { name, branch: 'duet/agents' });
    expect(first.files).toEqual([]);
    expect(first.commit).toBe(remote.run('rev-parse', 'main'));
    // No empty commit, but the branch exists, holding the file as it came.
    expect(remote.run('rev-parse', 'duet/agents')).toBe(first.commit);

    const [segment] = await segmentsOf(slugs.agents);
    const reviewer = await makeUser('reviewer');
    await saveTranslation(reviewer.viewer, segment!.id, { text: '未发布的草稿', version: segment!.translation!.version });
    await expect(pushRepository(systemViewer, { name })).rejects.toThrow(/edited since its latest publication/);
  });

  it('refuses a push when the remote branch moved, losing nothing, and succeeds once pushed again', async () => {
    const { remote, name, files, slugs } = await addedRemote();
    await syncRepository(systemViewer, name);
    await translateAndPublish(slugs.tokens, tokensZh);
    // Someone pushes to the branch while Duet is pushing: the remote's ref moves under it.
    const hook = path.join(remote.url, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\ngit update-ref refs/heads/duet/translations "$(git rev-parse main)"\n');
    chmodSync(hook, 0o755);
    const refused = pushRepository(systemViewer, { name });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toThrow(/Nothing was lost/);
    expect(remote.show('duet/translations', files.tokensZh)).toBeNull();
    rmSync(hook);
    const pushed = await pushRepository(systemViewer, { name });
    expect(pushed.files).toEqual([files.tokensZh]);
    expect(remote.show('duet/translations', files.tokensZh)).toBe(await zhExport(slugs.tokens));
  });
});

describe('credentials', () => {
  it('never shows a URL password or token: not in the list, not in errors, not in the kept outcome', async () => {
    const secret = 's3cret-Token-42';
    const url = `https://duet-bot:${secret}@127.0.0.1:9/community/blog.git`;
    const refused = addRepository(systemViewer, { name: 'private-add', url, sources: '*.md', translations: 'zh/{name}.md' });
    await expect(refused).rejects.toThrow(/https:\/\/\*\*\*@127\.0\.0\.1:9\/community\/blog\.git/);
    await expect(refused.catch((error: Error) => error.message)).resolves.not.toContain(secret);

    await createRepository(systemViewer, { name: 'private', url, sources: '*.md', translations: 'zh/{name}.md' });
    const listed = (await listRepositories(systemViewer)).find((repository) => repository.name === 'private');
    expect(listed!.url).toBe('https://***@127.0.0.1:9/community/blog.git');
    const failure = await syncRepository(systemViewer, 'private').catch((error: Error) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as Error).message).not.toContain(secret);
    const kept = (await listRepositories(systemViewer)).find((repository) => repository.name === 'private');
    expect(kept!.lastSync!.error).toMatch(/Cannot read a Git repository at https:\/\/\*\*\*@127/);
    // DUET_GIT_TOKEN goes to git through its environment, and comes back from nowhere.
    const withToken = await addRepository(systemViewer, { name: 'token-add', url: 'https://127.0.0.1:9/blog.git', sources: '*.md', translations: 'zh/{name}.md' }).catch(
      (error: Error) => error,
    );
    expect(withToken).toBeInstanceOf(ValidationError);
    expect((withToken as Error).message).toMatch(/^Cannot read a Git repository at https:\/\/127\.0\.0\.1:9\/blog\.git/);
    for (const secret of ['env-token-7f3a9c', Buffer.from('x-access-token:env-token-7f3a9c').toString('base64')]) {
      expect((withToken as Error).message).not.toContain(secret);
    }
    const audit = await db.auditEvent.findMany({ where: { action: { startsWith: 'repository.' } }, select: { detail: true } });
    expect(audit.length).toBeGreaterThan(0);
    for (const event of audit) expect(event.detail).not.toContain(secret);
  });
});

/** Runs the real CLI (`duet ...`, bin/duet.mjs) against this test file's database and working copies. */
function duet(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/duet.mjs', ...args], { env: { ...process.env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('duet repo', () => {
  it('adds, syncs and pushes, printing the JSON the docs describe', async () => {
    counter += 1;
    const remote = makeRemote({ [`posts/Harbor_Notes_${counter}.md`]: tokens, 'posts/zh/ignored.md': agentsZh });
    const name = `cli-${counter}`;
    const slug = `harbor-notes-${counter}`;
    const added = duet('repo', 'add', name, remote.url, '--sources', 'posts/*.md', '--translations', 'zh/{name}.md');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name, url: remote.url, branch: 'main', sourcesGlob: 'posts/*.md', translationTemplate: 'zh/{name}.md' });
    expect(JSON.parse(duet('repo', 'sync', name).stdout)).toEqual({ imported: 1, updated: 0, unchanged: 0, failed: [] });

    await translateAndPublish(slug, tokensZh);
    const pushed = duet('repo', 'push', name);
    expect(pushed.code).toBe(0);
    const output = JSON.parse(pushed.stdout);
    expect(Object.keys(output)).toEqual(['commit', 'files']);
    expect(output).toEqual({ commit: remote.run('rev-parse', 'duet/translations'), files: [`zh/Harbor_Notes_${counter}.md`] });
    expect(remote.show('duet/translations', `zh/Harbor_Notes_${counter}.md`)).toBe(duet('export', slug, '--format', 'zh').stdout + '\n');

    const missing = duet('repo', 'sync', 'no-such-repo');
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('No repository named "no-such-repo"') });
    const usage = duet('repo', 'add', name);
    expect(usage.code).toBe(64);
  });
});
