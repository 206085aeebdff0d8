import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

/** A small post and its Chinese, imported as drafts. */
function importPost(slug: string, english: string[], chinese: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-replace-'));
  writeFileSync(path.join(dir, 'en.md'), `${english.join('\n\n')}\n`);
  writeFileSync(path.join(dir, 'zh.md'), `${chinese.join('\n\n')}\n`);
  duet('import', path.join(dir, 'en.md'), '--translation', path.join(dir, 'zh.md'), '--slug', slug);
}

type Segment = { id: string; translation: { text: string; status: string; version: number } | null };

async function segmentsOf(request: APIRequestContext, headers: Record<string, string>, slug: string): Promise<Segment[]> {
  const response = await request.get(`/api/v1/articles/${slug}`, { headers });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { segments: Segment[] }).segments;
}

const target = (page: Page, number: number) => page.getByRole('textbox', { name: `Chinese translation of segment ${number}` });

test('a translator previews a find and replace across the article, sees each change highlighted, and replaces all', async ({ page, request }) => {
  // Several `duet` commands, each a process of its own.
  test.setTimeout(120_000);
  const slug = 'replace-rivers';
  importPost(slug, ['Rivers run.', 'Lakes rest.', 'Rivers and rivers.'], ['河流奔流。', '湖泊静止。', '河流与河流。']);
  const email = uniqueEmail('replace-translator');
  duet('user', 'create', '--email', email, '--name', 'Zhao Lei', '--role', 'translator', '--password', 'replace translator');
  duet('assign', slug, '--email', email);
  const headers = { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };

  await signIn(page, email, 'replace translator');
  await expectSignedIn(page);
  await page.goto(`/workspace/articles/${slug}/edit`);
  await expect(page.locator('[data-ready]')).toHaveCount(1);

  // Ctrl+H opens the dialog; an invalid pattern is explained and changes nothing.
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace in the translations' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Find', { exact: true }).fill('(河流');
  await dialog.getByLabel(/Regular expression/).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toContainText('Not a valid regular expression');

  await dialog.getByLabel('Find', { exact: true }).fill('河流');
  await dialog.getByLabel(/Regular expression/).uncheck();
  await dialog.getByLabel('Replace with').fill('江河');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 matches in 2 segments.');
  const previewed = dialog.getByRole('list', { name: 'Find and replace in the translations' }).getByRole('listitem');
  await expect(previewed).toHaveCount(2);
  await expect(previewed.nth(1).locator('mark')).toHaveText(['河流', '河流', '江河', '江河']);
  expect((await segmentsOf(request, headers, slug)).map((segment) => segment.translation?.text)).toEqual(['河流奔流。', '湖泊静止。', '河流与河流。']);

  await dialog.getByRole('button', { name: 'Replace all (3)' }).click();
  await expect(dialog.getByRole('status')).toContainText('Replaced in 2 segments.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The editor shows the new texts, and the server has them as new revisions.
  await expect(target(page, 1)).toHaveValue('江河奔流。');
  await expect(target(page, 3)).toHaveValue('江河与江河。');
  const after = await segmentsOf(request, headers, slug);
  expect(after.map((segment) => [segment.translation?.text, segment.translation?.version])).toEqual([
    ['江河奔流。', 2],
    ['湖泊静止。', 1],
    ['江河与江河。', 2],
  ]);

  // A reader (no account) or a translator not on the article cannot replace anything.
  const strangerEmail = uniqueEmail('replace-stranger');
  duet('user', 'create', '--email', strangerEmail, '--name', 'Stranger', '--role', 'translator', '--password', 'replace stranger');
  const stranger = { authorization: `Bearer ${duet('token', 'create', '--email', strangerEmail)}` };
  expect((await request.post(`/api/v1/articles/${slug}/replace`, { headers: stranger, data: { find: '江河', replace: 'x' } })).status()).toBe(404);
  expect((await request.post(`/api/v1/articles/${slug}/replace`, { data: { find: '江河', replace: 'x' } })).status()).toBe(401);
  expect((await segmentsOf(request, headers, slug))[0]!.translation?.text).toBe('江河奔流。');
});
