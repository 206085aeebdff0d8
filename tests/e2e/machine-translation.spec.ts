import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { duet } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

/*
 * Machine translation against the stand-in server playwright.config.ts starts on loopback: it answers
 * each segment with 机器译文：<the English>, and can be told to fail or to answer slowly.
 */
const mtUrl = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

async function setMachine(request: APIRequestContext, mode: 'answer' | 'fail' | 'delay') {
  expect((await request.post(`${mtUrl}/mode`, { data: mode })).status()).toBe(204);
}

function importPost(slug: string, paragraphs: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-mt-'));
  const english = Array.from({ length: paragraphs }, (_, index) => `Lighthouse ${index + 1} guides the ships home.`);
  writeFileSync(path.join(dir, 'en.md'), `${english.join('\n\n')}\n`);
  duet('import', path.join(dir, 'en.md'), '--slug', slug);
}

type Segment = { translation: { text: string; status: string } | null };

async function translationsOf(request: APIRequestContext, slug: string): Promise<Array<{ text: string; status: string }>> {
  const headers = { authorization: `Bearer ${duet('token', 'create', '--email', 'reviewer@duet.local')}` };
  const response = await request.get(`/api/v1/articles/${slug}`, { headers });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { segments: Segment[] }).segments.map((segment) => segment.translation ?? { text: '', status: 'none' });
}

async function openArticle(page: Page, slug: string) {
  await page.goto(`/workspace/articles/${slug}`);
  await expect(page.getByRole('heading', { name: 'Pre-translate' })).toBeVisible();
}

test.afterEach(async ({ request }) => setMachine(request, 'answer'));

test('a machine suggestion shows under the active segment and Alt+1 inserts it', async ({ page }) => {
  const slug = 'mt-suggestion';
  importPost(slug, 2);
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.goto(`/workspace/articles/${slug}/edit`);
  await expect(page.locator('[data-ready]')).toHaveCount(1);
  await page.keyboard.press('Alt+KeyN');
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions.getByText('机器译文：Lighthouse 1 guides the ships home.')).toBeVisible();
  await page.keyboard.press('Alt+Digit1');
  await expect(page.getByRole('textbox', { name: 'Chinese translation of segment 1' })).toHaveValue('机器译文：Lighthouse 1 guides the ships home.');
});

test('pre-translation fills every untranslated segment from the machine, with progress; a failing server writes nothing of its batch', async ({ page, request }) => {
  test.setTimeout(120_000);
  const slug = 'mt-pretranslate';
  importPost(slug, 12);
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);

  // The server fails: a clear message, and nothing written.
  await setMachine(request, 'fail');
  await openArticle(page, slug);
  await expect(page.getByText('12 segments are untranslated.')).toBeVisible();
  await page.getByRole('button', { name: 'From machine translation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Stopped:' })).toContainText('nothing of the failed batch was written');
  expect((await translationsOf(request, slug)).every((translation) => translation.status === 'untranslated')).toBe(true);

  // It answers: every segment becomes a machine draft, and the bar counts them.
  await setMachine(request, 'answer');
  await openArticle(page, slug);
  await page.getByRole('button', { name: 'From machine translation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toContainText('12 drafts filled, 0 left untranslated.');
  await expect(page.getByRole('progressbar', { name: '12 of 12 looked at' })).toBeVisible();
  const translations = await translationsOf(request, slug);
  expect(translations.map((translation) => translation.status)).toEqual(Array(12).fill('draft'));
  expect(translations[0]!.text).toBe('机器译文：Lighthouse 1 guides the ships home.');
  await expect(page.getByText('No segment is untranslated.')).toBeVisible();
});

test('pre-translation stops when cancelled, keeping the batches already written and nothing else', async ({ page, request }) => {
  test.setTimeout(120_000);
  const slug = 'mt-cancel';
  importPost(slug, 30);
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await setMachine(request, 'delay');
  await openArticle(page, slug);
  await page.getByRole('button', { name: 'From machine translation' }).click();
  await expect(page.getByRole('progressbar', { name: /^5 of 30 looked at$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Cancelled:' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const filled = Number(/(\d+) drafts? filled/.exec((await status.textContent()) ?? '')?.[1]);
  expect(filled).toBeGreaterThanOrEqual(5);
  expect(filled).toBeLessThan(30);
  const statuses = (await translationsOf(request, slug)).map((translation) => translation.status);
  // Whole batches, in order: the drafts are the first ones, the rest untouched.
  expect(statuses).toEqual([...Array(filled).fill('draft'), ...Array(30 - filled).fill('untranslated')]);
});
