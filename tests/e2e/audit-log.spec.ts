import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './support/sign-in.ts';

test('the audit log reads as sentences with names, in the interface language, and filters by article', async ({ page }) => {
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.goto('/admin/audit');
  // The admin's own sign-in is there, as a sentence.
  await expect(page.getByRole('row').filter({ hasText: 'Ada Admin signed in' }).first()).toBeVisible();

  // Only the demo article's entries: imported, assigned and published by the setup ("System").
  const article = page.getByRole('combobox', { name: 'Article' });
  const value = await article.locator('option', { hasText: 'Translating in the Open' }).getAttribute('value');
  await article.selectOption(value!);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/article=/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: /^.*System published “Translating in the Open[^”]*” \(publication 1\)/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /System imported “Translating in the Open[^”]*” \(\d+ segments\)/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /System assigned .+ to “Translating in the Open/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'signed in' })).toHaveCount(0);
  // The recorded details are one click away; ids are not part of the sentences.
  await rows.filter({ hasText: 'System published' }).getByText('Recorded details').click();
  await expect(rows.filter({ hasText: 'System published' }).getByText('article.publish')).toBeVisible();

  // In Chinese, the same entry in Chinese.
  await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: /系统 发布了《Translating in the Open[^》]*》（第 1 次发布）/ })).toHaveCount(1);
});
