import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { duet } from './support/cli.ts';
import { expectSignedIn, formAlert, signIn } from './support/sign-in.ts';

const english = '---\ntitle: "Garden Notes"\n---\n\n# Garden Notes\n\nTomatoes need six hours of sun.\n\nWater them early in the morning.\n';
const chinese = '---\ntitle: "园艺笔记"\n---\n\n# 园艺笔记\n\n番茄需要六个小时的日照。\n\n要在清晨给它们浇水。\n\n译者注：本文为示例。\n';

test('a reviewer previews an article with its translation, then imports it', async ({ page }) => {
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.getByRole('link', { name: 'Import an article' }).click();
  await page.getByLabel('English Markdown').fill(english);
  await page.getByLabel('Chinese translation (optional)').fill(chinese);
  await page.getByLabel('Slug (optional)').fill('garden-notes');
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: 'Preview of garden-notes' });
  await expect(preview.getByRole('row', { name: /Tomatoes need six hours of sun\. 番茄需要六个小时的日照。/ })).toBeVisible();
  await expect(preview.getByText('译者注：本文为示例。')).toBeVisible();
  await page.goto('/workspace');
  await expect(page.getByRole('link', { name: 'Garden Notes' })).toHaveCount(0);

  await page.goto('/workspace/import');
  await page.getByLabel('English Markdown').fill(english);
  await page.getByLabel('Chinese translation (optional)').fill(chinese);
  await page.getByLabel('Slug (optional)').fill('garden-notes');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/workspace\/articles\/garden-notes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Garden Notes' })).toBeVisible();
  await expect(page.getByText('要在清晨给它们浇水。')).toBeVisible();

  const unaligned = page.getByRole('region', { name: 'Chinese blocks without a counterpart' });
  await unaligned.getByLabel('Segment that this block translates').selectOption({ label: '6. Water them early in the morning.' });
  await unaligned.getByRole('button', { name: 'Link to segment' }).click();
  await expect(page.getByRole('region', { name: 'Chinese blocks without a counterpart' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Water them early in the morning\..*要在清晨给它们浇水。\s*译者注：本文为示例。/ })).toBeVisible();
});

test('an empty import explains the problem and creates nothing', async ({ page }) => {
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.goto('/workspace/import');
  await page.getByLabel('English Markdown').fill('   ');
  await page.getByRole('button', { name: 'Import' }).click();
  // Above the form, that something needs attention; at the English field, what.
  await expect(formAlert(page).first()).toHaveText('Some fields need attention.');
  await expect(formAlert(page).filter({ hasText: 'The file is empty' })).toBeVisible();
  await expect(page).toHaveURL(/\/workspace\/import$/);
});

test('a translator cannot open the import page', async ({ page }) => {
  await signIn(page, 'translator@duet.local', 'duet-translator-demo');
  await expectSignedIn(page);
  expect((await page.goto('/workspace/import'))?.status()).toBe(404);
});

test('a translator downloads the Chinese Markdown of an assigned article', async ({ page }) => {
  await signIn(page, 'translator@duet.local', 'duet-translator-demo');
  await expectSignedIn(page);
  await page.goto('/workspace/articles/translating-in-the-open');
  const exports = page.getByRole('navigation', { name: 'Export' });
  const href = await exports.getByRole('link', { name: 'Chinese Markdown' }).getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toContain('translating-in-the-open.zh.md');
  const body = await response.text();
  expect(body).toContain('title: "公开翻译：一个小团队如何让博客保持双语"');
  expect(body).toContain('- user: Wang Fang\n  proofreader: true');
  expect(body).toContain('每周，我们的社区都会挑选一篇长篇技术文章');
});

test('after a source update the article page shows what changed in the English, word by word', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-'));
  const english = path.join(dir, 'en.md');
  const chinese = path.join(dir, 'zh.md');
  writeFileSync(english, '# Kites\n\nKites fly best in a steady wind.\n');
  writeFileSync(chinese, '# 风筝\n\n风筝在稳定的风中飞得最好。\n');
  duet('import', english, '--translation', chinese, '--slug', 'kites');
  writeFileSync(english, '# Kites\n\nKites fly best in a strong, steady wind.\n');
  expect(JSON.parse(duet('update', 'kites', english))).toEqual({ unchanged: 1, changed: 1, added: 0, removed: 0, restored: 0 });

  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.goto('/workspace/articles/kites');
  const diff = page.getByLabel(/The English changed/);
  await expect(diff.locator('ins')).toHaveText(['strong, ']);
  await expect(diff).toHaveText('Kites fly best in a strong, steady wind.');
  await expect(page.getByRole('row', { name: /风筝在稳定的风中飞得最好。 Outdated/ })).toBeVisible();
});

test('an uploaded file arrives as its bytes, LF or CRLF, and a paste with LF line breaks', async ({ page }) => {
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  const lf = '# Byte Notes\n\nFirst line\nsecond line.\n\n    indented code\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const importFile = async (slug: string, text: string) => {
    await page.goto('/workspace/import');
    await page.locator('input[type=file]').first().setInputFiles({ name: `${slug}.md`, mimeType: 'text/markdown', buffer: Buffer.from(text) });
    await expect(page.getByLabel('English Markdown')).not.toHaveValue('');
    await page.getByLabel('Slug (optional)').fill(slug);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page).toHaveURL(new RegExp(`/workspace/articles/${slug}$`));
  };
  const sourceExport = async (slug: string) => {
    const response = await page.request.get(`/api/v1/articles/${slug}/export?format=source`);
    expect(response.status()).toBe(200);
    return (await response.body()).toString('utf8');
  };

  await importFile('bytes-lf', lf);
  expect(await sourceExport('bytes-lf')).toBe(lf);
  await importFile('bytes-crlf', crlf);
  expect(await sourceExport('bytes-crlf')).toBe(crlf);

  await page.goto('/workspace/import');
  await page.getByLabel('English Markdown').fill(lf);
  await page.getByLabel('Slug (optional)').fill('bytes-paste');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/workspace\/articles\/bytes-paste$/);
  expect(await sourceExport('bytes-paste')).toBe(lf);
});
