import { expect, test } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

test('a reviewer assigns a translator, who then finds the article in their workspace', async ({ page, browser }) => {
  const email = uniqueEmail('newcomer');
  duet('user', 'create', '--email', email, '--name', 'Newcomer', '--role', 'translator', '--password', 'newcomer password');

  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.goto('/workspace/articles/translating-in-the-open');
  const assignees = page.getByRole('region', { name: 'Translators' });
  await assignees.getByLabel('Translator to assign').selectOption({ label: `Newcomer (${email})` });
  await assignees.getByRole('button', { name: 'Assign' }).click();
  await expect(assignees.getByRole('button', { name: 'Remove: Newcomer' })).toBeVisible();

  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, email, 'newcomer password');
  await expectSignedIn(translator);
  await expect(translator.getByRole('link', { name: /Translating in the Open/ })).toBeVisible();

  await assignees.getByRole('button', { name: 'Remove: Newcomer' }).click();
  await expect(assignees.getByRole('button', { name: 'Remove: Newcomer' })).toHaveCount(0);
  expect((await translator.goto('/workspace/articles/translating-in-the-open'))?.status()).toBe(404);
});
