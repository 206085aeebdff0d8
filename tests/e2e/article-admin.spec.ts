import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

/** A small post and its Chinese, imported as drafts. */
function importPost(slug: string, english: string[], chinese: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-admin-'));
  writeFileSync(path.join(dir, 'en.md'), `${english.join('\n\n')}\n`);
  writeFileSync(path.join(dir, 'zh.md'), `${chinese.join('\n\n')}\n`);
  duet('import', path.join(dir, 'en.md'), '--translation', path.join(dir, 'zh.md'), '--slug', slug);
}

test('an admin archives an article (asked first), finds it under Archived, unarchives it, and deletes it by typing its slug', async ({ page, request }) => {
  test.setTimeout(120_000);
  const slug = 'stray-upload';
  importPost(slug, ['# Stray upload', 'Stray.'], ['# 误传', '误传。']);
  const reviewer = { authorization: `Bearer ${duet('token', 'create', '--email', 'reviewer@duet.local')}` };
  const admin = { authorization: `Bearer ${duet('token', 'create', '--email', 'admin@duet.local')}` };
  expect((await request.post(`/api/v1/articles/${slug}/submit-all`, { headers: admin, data: {} })).status()).toBe(200);
  expect((await request.post(`/api/v1/articles/${slug}/approve-all`, { headers: reviewer, data: {} })).status()).toBe(200);
  expect((await request.post(`/api/v1/articles/${slug}/publish`, { headers: reviewer })).status()).toBe(201);
  expect((await request.get(`/articles/${slug}`)).status()).toBe(200);
  // Reviewers may publish but not archive or delete.
  expect((await request.post(`/api/v1/articles/${slug}/archive`, { headers: reviewer })).status()).toBe(404);
  expect((await request.delete(`/api/v1/articles/${slug}`, { headers: reviewer, data: { confirm: slug } })).status()).toBe(404);

  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.goto(`/workspace/articles/${slug}`);

  // Archive asks first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const confirmArchive = page.getByRole('dialog', { name: 'Archive “Stray upload”?' });
  await confirmArchive.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('This article is archived')).toHaveCount(0);
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await confirmArchive.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This article is archived')).toBeVisible();

  await page.goto('/workspace');
  await expect(page.getByRole('link', { name: 'Stray upload', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: /^Archived \(1\)$/ }).click();
  await expect(page.getByRole('link', { name: 'Stray upload', exact: true })).toBeVisible();
  // Still readable: archiving does not unpublish.
  expect((await request.get(`/articles/${slug}`)).status()).toBe(200);

  await page.getByRole('link', { name: 'Stray upload', exact: true }).click();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByText('Unarchived: back in the workspace.')).toBeVisible();

  // Delete needs the slug typed.
  await page.getByRole('button', { name: 'Delete…' }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Delete “Stray upload” for good?' });
  const deleteButton = confirmDelete.getByRole('button', { name: 'Delete for good' });
  await confirmDelete.getByLabel('Article slug').fill('stray');
  await expect(deleteButton).toBeDisabled();
  await confirmDelete.getByLabel('Article slug').fill(slug);
  await deleteButton.click();
  await expect(page).toHaveURL(/\/workspace$/);
  expect((await request.get(`/api/v1/articles/${slug}`, { headers: reviewer })).status()).toBe(404);
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404);
});

test('an admin is asked before changing a role or disabling an account, and told what was done after', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('row');
  duet('user', 'create', '--email', email, '--name', 'Row User', '--role', 'translator', '--password', 'row user password');
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.goto('/admin/users');
  const row = page.getByRole('row').filter({ hasText: email });
  const role = row.getByRole('combobox', { name: `Change role: ${email}` });

  // Backing out leaves the role as it was.
  await role.selectOption('reviewer');
  const confirmRole = page.getByRole('dialog', { name: 'Make Row User Reviewer?' });
  await confirmRole.getByRole('button', { name: 'Cancel' }).click();
  await expect(role).toHaveValue('translator');
  await page.reload();
  await expect(role).toHaveValue('translator');

  await role.selectOption('reviewer');
  await confirmRole.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toHaveText('Row User is now Reviewer.');
  await page.reload();
  await expect(role).toHaveValue('reviewer');

  await row.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('dialog', { name: 'Disable Row User?' }).getByRole('button', { name: 'Disable' }).click();
  await expect(row.getByRole('status')).toHaveText('Row User is disabled.');
  await expect(row.getByRole('cell', { name: 'Disabled', exact: true })).toBeVisible();
});
