import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

const target = (page: Page, number: number) => page.getByRole('textbox', { name: `Chinese translation of segment ${number}` });
const row = (page: Page, number: number) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Segment ${number}`, exact: true }) });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /saved|Saving/ })).toHaveText('All changes saved');

test('submit, reject with feedback, fix, approve, publish: the reader sees exactly the approved text', async ({ page, browser }) => {
  // Three people, two browsers, a dozen round trips and a first render of the reader page.
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-'));
  writeFileSync(path.join(dir, 'en.md'), '# Bridges\n\nStone bridges last for centuries.\n\nWooden ones need care.\n');
  duet('import', path.join(dir, 'en.md'), '--slug', 'bridges');
  const email = uniqueEmail('bridge-translator');
  duet('user', 'create', '--email', email, '--name', 'Qiao Mei', '--role', 'translator', '--password', 'bridge translator');

  // The reviewer assigns the translator.
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.goto('/workspace/articles/bridges');
  const assignees = page.getByRole('region', { name: 'Translators' });
  await assignees.getByLabel('Translator to assign').selectOption({ label: `Qiao Mei (${email})` });
  await assignees.getByRole('button', { name: 'Assign' }).click();
  await expect(assignees.getByRole('button', { name: 'Remove: Qiao Mei' })).toBeVisible();

  // The translator translates and submits everything from the keyboard.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, email, 'bridge translator');
  await expectSignedIn(translator);
  // The workspace home names the translator's next step on the article.
  await translator.getByRole('link', { name: 'Translate (3 to go)' }).click();
  await expect(translator.getByRole('list', { name: 'Segments' })).toBeVisible();
  // The list is server-rendered: keys pressed before the editor is hydrated would go nowhere.
  await expect(translator.locator('[data-ready]')).toHaveCount(1);
  await translator.keyboard.press('Alt+KeyN');
  for (const text of ['# 桥', '石桥能用上好几百年。', '木桥需要细心养护。']) {
    await translator.keyboard.type(text);
    await translator.keyboard.press('Control+Shift+Enter');
  }
  await saved(translator);
  for (const number of [1, 2, 3]) await expect(row(translator, number).getByText('Submitted')).toBeVisible();

  // The reviewer finds the article in the review queue, approves two segments and rejects one.
  await page.goto('/workspace/review');
  const queued = page.getByRole('row', { name: /Bridges/ });
  await expect(queued.getByRole('cell').first()).toHaveText('3');
  await queued.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('submitted');
  await expect(page.locator('[data-ready]')).toHaveCount(1);
  await row(page, 1).getByRole('button', { name: 'Approve' }).click();
  await expect(row(page, 1).getByText('Approved')).toBeVisible();
  await row(page, 2).getByRole('button', { name: 'Reject…' }).click();
  const rejectForm = page.getByRole('form', { name: 'Reject segment 2' });
  await rejectForm.getByLabel('Category').selectOption('accuracy');
  await rejectForm.getByLabel('Severity').selectOption('major');
  await rejectForm.getByLabel('What needs to change').fill('“好几百年”不够准确：原文是 centuries，写“数百年”。');
  await rejectForm.getByRole('button', { name: 'Send back to the translator' }).click();
  await expect(row(page, 2).getByText('Rejected')).toBeVisible();
  await row(page, 3).getByRole('checkbox', { name: 'Select segment 3' }).check();
  await page.getByRole('button', { name: 'Approve selected (1)' }).click();
  await expect(row(page, 3).getByText('Approved')).toBeVisible();

  // The translator sees the rejection and its feedback, fixes the text and resubmits. The header
  // counts what is unread: the assignment, the two approvals (one notification) and the rejection.
  await translator.goto('/workspace');
  await expect(translator.getByRole('link', { name: 'Notifications 3 unread' })).toBeVisible();
  await translator.goto('/workspace/notifications');
  await expect(translator.getByRole('listitem').filter({ hasText: 'approved 2 of your translations in' })).toHaveCount(1);
  const notice = translator.getByRole('listitem').filter({ hasText: 'sent your translation back' });
  await expect(notice.getByLabel('Feedback')).toHaveText('“好几百年”不够准确：原文是 centuries，写“数百年”。');
  await notice.getByRole('link', { name: 'Open the segment' }).click();
  await expect(target(translator, 2)).toBeFocused();
  await translator.keyboard.press('Alt+KeyH');
  await expect(translator.getByRole('tabpanel').getByRole('note')).toContainText('写“数百年”');
  await target(translator, 2).fill('石桥能用上数百年。');
  await translator.keyboard.press('Control+Shift+Enter');
  await saved(translator);
  await expect(row(translator, 2).getByText('Submitted')).toBeVisible();

  // The reviewer is told the rejected translation came back, and approves the fix and publishes.
  await page.goto('/workspace/notifications');
  await expect(page.getByRole('listitem').filter({ hasText: 'sent a translation you rejected back for review' })).toHaveCount(1);
  await page.goto('/workspace/review');
  await page.getByRole('row', { name: /Bridges/ }).getByRole('link', { name: 'Review' }).click();
  await expect(page.locator('[data-ready]')).toHaveCount(1);
  await target(page, 2).focus();
  await page.keyboard.press('Alt+KeyA');
  await expect(row(page, 2).getByText('Approved')).toBeVisible();
  await page.goto('/workspace/articles/bridges');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published as publication 1.')).toBeVisible();

  // A reader sees the approved text and nothing else.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/articles/bridges');
  const chinese = reader.locator('[lang="zh-CN"]');
  await expect(chinese.filter({ hasText: '石桥能用上数百年。' }).first()).toBeVisible();
  await expect(reader.getByText('好几百年')).toHaveCount(0);
  await expect(chinese.filter({ hasText: '木桥需要细心养护。' }).first()).toBeVisible();
});
