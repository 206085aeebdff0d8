import { expect, test, type APIRequestContext } from '@playwright/test';
import { makeRemote } from '../support/git-remote.ts';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

const lighthouses = '---\ntitle: "Lighthouses"\n---\n\n# Lighthouses\n\nA lighthouse marks the coast at night.\n\nIts lamp turns once a minute.\n';
const harbors = '# Harbors\n\nShips rest in the harbor.\n\nThe tide lifts them twice a day.\n';
const harborsZh = '# 港口\n\n船只在港口中停泊。\n\n潮水每天两次把它们托起。\n';

/** A reviewer with an API token, made with the command line. */
function reviewerToken(name: string): Record<string, string> {
  const email = uniqueEmail(name);
  duet('user', 'create', '--email', email, '--name', name, '--role', 'reviewer', '--password', `${name} password`);
  return { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
}

/** One reviewer translates and submits every segment, another approves each, then publishes. */
async function translateAndPublish(request: APIRequestContext, slug: string, texts: string[]) {
  const [writer, approver] = [reviewerToken('Writer'), reviewerToken('Approver')];
  const article = await (await request.get(`/api/v1/articles/${slug}`, { headers: writer })).json();
  const segments = article.segments.filter((segment: { translatable: boolean }) => segment.translatable);
  for (const [index, segment] of segments.entries()) {
    const saved = await (await request.put(`/api/v1/segments/${segment.id}/translation`, { headers: writer, data: { text: texts[index], baseVersion: segment.translation.version } })).json();
    const submitted = await (await request.post(`/api/v1/segments/${segment.id}/submit`, { headers: writer, data: { version: saved.version } })).json();
    expect((await request.post(`/api/v1/segments/${segment.id}/approve`, { headers: approver, data: { version: submitted.version } })).status()).toBe(200);
  }
  expect((await request.post(`/api/v1/articles/${slug}/publish`, { headers: approver, data: {} })).status()).toBeLessThan(300);
}

test('an admin adds a repository, syncs it, reads each file’s outcome, and pushes a published translation', async ({ page, request }) => {
  test.setTimeout(240_000);
  const remote = makeRemote({ 'lighthouses.md': lighthouses, 'harbors.md': harbors, 'zh/harbors.md': harborsZh });
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Repositories' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Repositories' })).toBeVisible();

  // A path with no repository: a clear error, and nothing added.
  await page.getByLabel('Name', { exact: true }).fill('harbor-blog');
  await page.getByLabel('URL or path').fill(`${remote.url}-missing`);
  await page.getByLabel('English sources (glob)').fill('*.md');
  await page.getByLabel('Translation path').fill('zh/{name}.md');
  await page.getByRole('button', { name: 'Add repository' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot read a Git repository' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'harbor-blog' })).toHaveCount(0);

  await page.getByLabel('URL or path').fill(remote.url);
  await page.getByRole('button', { name: 'Add repository' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Repository added.' })).toBeVisible();
  const card = page.getByRole('region', { name: 'harbor-blog', exact: true });
  await expect(card.getByText('Never synced')).toBeVisible();

  await card.getByRole('button', { name: 'Sync now' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Imported 2, updated 0, unchanged 0, failed 0.' })).toBeVisible();
  const lastSync = page.getByRole('region', { name: 'Last sync: harbor-blog' });
  await expect(lastSync.getByRole('row', { name: 'harbors.md harbors Imported' })).toBeVisible();
  await expect(lastSync.getByRole('row', { name: 'lighthouses.md lighthouses Imported' })).toBeVisible();

  // Nothing published yet: the push says so.
  await card.getByRole('button', { name: 'Push', exact: true }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'is published yet' })).toBeVisible();

  await translateAndPublish(request, 'lighthouses', ['灯塔', '# 灯塔', '灯塔在夜里标出海岸。', '它的灯每分钟转一圈。']);
  await card.getByRole('button', { name: 'Push', exact: true }).click();
  await expect(card.getByRole('status').filter({ hasText: /Pushed [0-9a-f]{10}: zh\/lighthouses\.md/ })).toBeVisible();
  expect(remote.run('diff', '--name-only', 'main', 'duet/translations')).toBe('zh/lighthouses.md');
  expect(remote.show('duet/translations', 'zh/lighthouses.md')?.trim()).toBe(duet('export', 'lighthouses', '--format', 'zh'));

  // An English paragraph edited upstream: the next sync re-anchors the article.
  remote.commit({ 'harbors.md': harbors.replace('twice a day', 'two times a day') });
  await card.getByRole('button', { name: 'Sync now' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Imported 0, updated 1, unchanged 1, failed 0.' })).toBeVisible();
  await expect(lastSync.getByRole('row', { name: 'harbors.md harbors Updated 1 paragraph changed' })).toBeVisible();
});
