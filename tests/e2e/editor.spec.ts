import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { duet } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

function importArticle(slug: string, english: string, chinese?: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-'));
  writeFileSync(path.join(dir, 'en.md'), english);
  if (chinese === undefined) duet('import', path.join(dir, 'en.md'), '--slug', slug);
  else {
    writeFileSync(path.join(dir, 'zh.md'), chinese);
    duet('import', path.join(dir, 'en.md'), '--translation', path.join(dir, 'zh.md'), '--slug', slug);
  }
}

const target = (page: Page, number: number) => page.getByRole('textbox', { name: `Chinese translation of segment ${number}` });
const saveSummary = (page: Page) => page.getByRole('status').filter({ hasText: /saved|Saving|kept|choose|could not/ });

async function openEditor(page: Page, email: string, password: string, slug: string) {
  await signIn(page, email, password);
  await expectSignedIn(page);
  await page.goto(`/workspace/articles/${slug}/edit`);
  await expect(page.getByRole('list', { name: 'Segments' })).toBeVisible();
  // The list is server-rendered: keys pressed before the editor is hydrated would go nowhere.
  await expect(page.locator('[data-ready]')).toHaveCount(1);
}

test('a translator translates a whole article with the keyboard alone', async ({ page }) => {
  importArticle('lanterns-keyboard', '# Lanterns\n\nPaper lanterns glow softly.\n\n```sh\nlight --all\n```\n\nThey hang above the street.\n');
  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'lanterns-keyboard');

  await page.keyboard.press('Alt+KeyN');
  await expect(target(page, 1)).toBeFocused();
  await page.keyboard.type('# 灯笼');
  await page.keyboard.press('Control+Enter');
  await expect(target(page, 2)).toBeFocused();
  await page.keyboard.type('纸灯笼发出柔和的光。');
  // Submitting saves the text first, then sends it for review, and moves on past the code block.
  await page.keyboard.press('Control+Shift+Enter');
  await expect(target(page, 4)).toBeFocused();
  await page.keyboard.press('Alt+KeyC');
  await expect(target(page, 4)).toHaveValue('They hang above the street.');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('它们挂在街道上方。');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(target(page, 2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(target(page, 4)).toBeFocused();
  await expect(saveSummary(page)).toHaveText('All changes saved');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Next untranslated segment/ })).toContainText('Alt + N');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(target(page, 4)).toBeFocused();

  await page.keyboard.press('Alt+KeyH');
  await expect(page.getByRole('tabpanel').getByText('v1')).toBeVisible();

  await page.reload();
  await expect(target(page, 1)).toHaveValue('# 灯笼');
  await expect(target(page, 2)).toHaveValue('纸灯笼发出柔和的光。');
  await expect(target(page, 4)).toHaveValue('它们挂在街道上方。');
  await expect(page.locator('#segment-' + (await segmentId(page, 2))).getByText('Submitted')).toBeVisible();
  await expect(page.getByText('10 / 10 words translated · 0 / 3 segments approved')).toBeVisible();
});

async function segmentId(page: Page, number: number): Promise<string> {
  const id = await target(page, number).getAttribute('id');
  return (id ?? '').replace(/^target-/, '');
}

test('two people editing the same segment never lose either text', async ({ page, browser }) => {
  importArticle('lanterns-race', '# Lanterns\n\nPaper lanterns glow softly.\n');
  const other = await (await browser.newContext()).newPage();
  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'lanterns-race');
  await openEditor(other, 'admin@duet.local', 'duet-admin-demo', 'lanterns-race');

  await target(page, 2).fill('纸灯笼的光很柔和。');
  await target(page, 1).focus(); // leaving the segment saves it
  await expect(saveSummary(page)).toHaveText('All changes saved');

  // The other editor still has version 0: their save is refused and both texts are shown.
  await target(other, 2).fill('纸灯笼温柔地发光。');
  await target(other, 1).focus();
  const conflict = other.getByRole('group', { name: 'Saved by someone else.' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('纸灯笼的光很柔和。')).toBeVisible();
  await expect(saveSummary(other)).toContainText('choose between two versions');
  await expect(target(other, 2)).toHaveValue('纸灯笼温柔地发光。');
  // Merging: edit the text in place, then keep it on top of theirs.
  await target(other, 2).fill('纸灯笼温柔地发光，光很柔和。');
  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await expect(saveSummary(other)).toHaveText('All changes saved');

  const id = await segmentId(page, 2);
  const revisions = (await (await other.request.get(`/api/v1/segments/${id}/revisions`)).json()).revisions as Array<{ text: string }>;
  expect(revisions.map((revision) => revision.text)).toEqual(['纸灯笼温柔地发光，光很柔和。', '纸灯笼的光很柔和。']);
});

test('text typed while the server cannot be reached is kept in the browser and saved later', async ({ page }) => {
  importArticle('lanterns-offline', '# Lanterns\n\nPaper lanterns glow softly.\n');
  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'lanterns-offline');
  await page.route('**/api/v1/segments/*/translation', (route) => route.abort('internetdisconnected'));
  await target(page, 2).fill('断网时输入的译文。');
  await target(page, 1).focus();
  await expect(saveSummary(page)).toContainText('kept in this browser');

  // Even a reload while the server is unreachable brings the text back from the browser.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(target(page, 2)).toHaveValue('断网时输入的译文。');
  await page.unroute('**/api/v1/segments/*/translation');
  await expect(saveSummary(page)).toHaveText('All changes saved', { timeout: 15_000 });

  await page.reload();
  await expect(target(page, 2)).toHaveValue('断网时输入的译文。');
  await expect(saveSummary(page)).toHaveText('All changes saved');
});

test('an outdated segment shows the English change and can keep its translation', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-'));
  importArticle('kites-editor', '# Kites\n\nKites fly best in a steady wind.\n', '# 风筝\n\n风筝在稳定的风中飞得最好。\n');
  writeFileSync(path.join(dir, 'en.md'), '# Kites\n\nKites fly best in a strong, steady wind.\n');
  duet('update', 'kites-editor', path.join(dir, 'en.md'));

  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'kites-editor');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('outdated');
  await expect(page.getByRole('list', { name: 'Segments' }).getByRole('listitem')).toHaveCount(1);
  const diff = page.getByLabel('The English changed (old → new)').last();
  await expect(diff.locator('ins')).toHaveText(['strong, ']);
  await target(page, 2).focus();
  await page.keyboard.press('Alt+KeyK');
  await expect(page.locator(`#segment-${await segmentId(page, 2)}`).getByText('Submitted')).toBeVisible();
  await expect(target(page, 2)).toHaveValue('风筝在稳定的风中飞得最好。');
});

test('quality checks run as the translator types, with one-click fixes; a reviewer waives an error', async ({ page }) => {
  importArticle('rust-checks', '# Rust\n\nIn 2024 we used Rust for the `build` step.\n');
  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'rust-checks');
  await target(page, 2).fill('在2024年我们用Rust完成 `构建` 步骤。');
  const findings = page.getByRole('region', { name: 'Quality checks' });
  await expect(findings.getByText('Space between Chinese and English')).toHaveCount(4);
  await expect(findings.getByText('Inline code')).toBeVisible();
  await findings.getByRole('button', { name: 'Fix all' }).click();
  await expect(target(page, 2)).toHaveValue('在 2024 年我们用 Rust 完成 `构建` 步骤。');
  await expect(findings.getByText('Space between Chinese and English')).toHaveCount(0);

  // The code span error stays: a reviewer may accept it with a reason, for this version only.
  await findings.getByRole('button', { name: 'Waive…' }).click();
  await findings.getByLabel('Why is this acceptable?').fill('这一步在中文文档里就叫“构建”。');
  await findings.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(findings.getByText(/Waived by .*这一步在中文文档里就叫“构建”。/)).toBeVisible();
  await page.reload();
  await target(page, 2).focus();
  await expect(page.getByRole('region', { name: 'Quality checks' }).getByText(/Waived by/)).toBeVisible();
});

test('comment threads: a mention, the unresolved count on the article, resolve', async ({ page }) => {
  importArticle('lanterns-comments', '# Lanterns\n\nPaper lanterns glow softly.\n');
  await openEditor(page, 'reviewer@duet.local', 'duet-reviewer-demo', 'lanterns-comments');
  await target(page, 2).focus();
  await page.keyboard.press('Alt+KeyM');
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('textbox', { name: 'Comment' }).fill('“柔和”还是“温柔”？@Wang Fang');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(panel.getByText('“柔和”还是“温柔”？@Wang Fang')).toBeVisible();
  await expect(page.getByRole('button', { name: '1 unresolved comment thread in this article' })).toBeVisible();
  await panel.getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /unresolved comment thread/ })).toHaveCount(0);
});
