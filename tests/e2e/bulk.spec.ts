import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

const count = 250;
/** Paragraphs whose Chinese gets a number wrong: the `numbers` check reports an error on them. */
const wrongNumbers = new Set([40, 180]);

/** A 250-paragraph post and its Chinese, imported as drafts. */
function importPost(slug: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-bulk-'));
  const english = Array.from({ length: count }, (_, index) => `Paragraph ${index + 1} counts 355 rivers.`);
  const chinese = Array.from({ length: count }, (_, index) => `第 ${index + 1} 段数了 ${wrongNumbers.has(index + 1) ? 335 : 355} 条河。`);
  writeFileSync(path.join(dir, 'en.md'), `${english.join('\n\n')}\n`);
  writeFileSync(path.join(dir, 'zh.md'), `${chinese.join('\n\n')}\n`);
  duet('import', path.join(dir, 'en.md'), '--translation', path.join(dir, 'zh.md'), '--slug', slug);
}

type Segment = { id: string; position: number; translation: { text: string; status: string; version: number } | null };

async function segmentsOf(request: APIRequestContext, headers: Record<string, string>, slug: string): Promise<Segment[]> {
  const response = await request.get(`/api/v1/articles/${slug}`, { headers });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { segments: Segment[] }).segments;
}

const statusCounts = (segments: readonly Segment[]) =>
  segments.reduce<Record<string, number>>((counts, segment) => {
    const status = segment.translation?.status ?? 'none';
    return { ...counts, [status]: (counts[status] ?? 0) + 1 };
  }, {});

async function openEditor(page: Page, slug: string, query = '') {
  await page.goto(`/workspace/articles/${slug}/edit${query}`);
  // 250 rows: hydration takes a while on a busy machine.
  await expect(page.locator('[data-ready]')).toHaveCount(1, { timeout: 60_000 });
}

test('a translator submits a 250-segment imported post in one action; a reviewer approves every clean segment in one and sees what was skipped and why', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const slug = 'bulk-rivers';
  importPost(slug);
  const email = uniqueEmail('bulk-translator');
  duet('user', 'create', '--email', email, '--name', 'He Liu', '--role', 'translator', '--password', 'bulk translator');
  expect(JSON.parse(duet('assign', slug, '--email', email))).toEqual({ assigned: [{ email, name: 'He Liu' }] });
  const reviewerHeaders = { authorization: `Bearer ${duet('token', 'create', '--email', 'reviewer@duet.local')}` };

  // The reviewer writes one paragraph themselves: approving it needs another reviewer.
  const segments = await segmentsOf(request, reviewerHeaders, slug);
  expect(statusCounts(segments)).toEqual({ draft: count });
  const own = segments[9]!;
  const saved = await request.put(`/api/v1/segments/${own.id}/translation`, { headers: reviewerHeaders, data: { text: '第 10 段数了 355 条河流。', baseVersion: own.translation!.version } });
  expect(saved.status()).toBe(200);

  // The translator: every draft goes for review with one press.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, email, 'bulk translator');
  await expectSignedIn(translator);
  await openEditor(translator, slug);
  await translator.getByRole('button', { name: `Submit all drafts (${count})` }).click();
  await expect(translator.getByTestId('bulk-report')).toContainText(`Submitted for review: ${count}.`);
  await expect(translator.getByRole('button', { name: /Submit all drafts/ })).toHaveCount(0);
  expect(statusCounts(await segmentsOf(request, reviewerHeaders, slug))).toEqual({ submitted: count });

  // The reviewer: every clean segment approved with one press; the rest listed with the reason.
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await openEditor(page, slug, '?filter=submitted');
  await page.getByRole('button', { name: `Approve shown submitted (${count})` }).click();
  const report = page.getByTestId('bulk-report');
  await expect(report).toContainText(`Approved: ${count - 3}.`);
  await expect(report).toContainText('Left for a person to decide: 3');
  const skipped = report.getByRole('listitem');
  await expect(skipped).toHaveText([
    'Segment 10: You wrote this text, so another reviewer must approve it',
    'Segment 40: A quality check reports an error that is neither fixed nor waived (numbers)',
    'Segment 180: A quality check reports an error that is neither fixed nor waived (numbers)',
  ]);
  const after = await segmentsOf(request, reviewerHeaders, slug);
  expect(statusCounts(after)).toEqual({ approved: count - 3, submitted: 3 });

  // A skipped segment's link brings it into view, ready to edit.
  await skipped.nth(2).getByRole('button', { name: 'Segment 180' }).click();
  const target = page.getByRole('textbox', { name: 'Chinese translation of segment 180' });
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  // One QA view: every finding of the article, with where it is, without opening each row.
  await page.getByRole('button', { name: 'Quality: errors 2, warnings 0' }).click();
  const findings = page.getByTestId('article-findings').getByRole('listitem');
  await expect(findings).toHaveCount(2);
  await expect(findings.first()).toContainText('Segment 40');
  await expect(findings.first().locator('mark')).toContainText('335');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('errors');
  await expect(page.getByRole('list', { name: 'Segments' }).locator(':scope > li')).toHaveCount(2);
});

test('publishing refused says which segments stand in the way, with links', async ({ page }) => {
  test.setTimeout(180_000);
  const slug = 'bulk-refused';
  importPost(slug);
  const reviewer = { authorization: `Bearer ${duet('token', 'create', '--email', 'admin@duet.local')}` };
  expect((await page.request.post(`/api/v1/articles/${slug}/submit-all`, { headers: reviewer })).status()).toBe(200);
  // The admin submitted text they did not write (a draft import is nobody's writing): approving it is theirs to do.
  const approved = await page.request.post(`/api/v1/articles/${slug}/approve-all`, { headers: reviewer });
  const { skipped } = (await approved.json()) as { skipped: Array<{ segmentId: string }> };
  expect(skipped).toHaveLength(2);
  // One by one, a reviewer may approve them anyway; the errors then stop publishing.
  for (const { segmentId } of skipped) {
    const segment = (await segmentsOf(page.request, reviewer, slug)).find((candidate) => candidate.id === segmentId)!;
    expect((await page.request.post(`/api/v1/segments/${segmentId}/approve`, { headers: reviewer, data: { version: segment.translation!.version } })).status()).toBe(200);
  }

  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.goto(`/workspace/articles/${slug}`);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Not published: these segments stand in the way.')).toBeVisible();
  const blockers = page.getByTestId('publish-blockers');
  await expect(blockers).toContainText('Quality errors neither fixed nor waived: 2');
  await blockers.getByRole('link', { name: 'Segment 40' }).click();
  await expect(page.getByRole('textbox', { name: 'Chinese translation of segment 40' })).toBeFocused();
});

test('the API: assign and unassign by e-mail, submit-all, approve-all', async ({ request }) => {
  test.setTimeout(180_000);
  const slug = 'bulk-api-rivers';
  importPost(slug);
  const email = uniqueEmail('bulk-api-translator');
  duet('user', 'create', '--email', email, '--name', 'Api Liu', '--role', 'translator', '--password', 'bulk api translator');
  const reviewer = { authorization: `Bearer ${duet('token', 'create', '--email', 'reviewer@duet.local')}` };
  const translator = { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };

  expect((await request.post(`/api/v1/articles/${slug}/submit-all`, { headers: translator })).status()).toBe(404);
  const assigned = await request.post(`/api/v1/articles/${slug}/assignments`, { headers: reviewer, data: { email } });
  expect(assigned.status()).toBe(200);
  expect(((await assigned.json()) as { assigned: Array<{ email: string }> }).assigned.map((user) => user.email)).toEqual([email]);
  expect((await request.post(`/api/v1/articles/${slug}/assignments`, { headers: reviewer, data: { email: 'nobody@example.test' } })).status()).toBe(404);

  const submitted = await request.post(`/api/v1/articles/${slug}/submit-all`, { headers: translator });
  expect(await submitted.json()).toEqual({ submitted: count, skipped: 0 });
  expect((await request.post(`/api/v1/articles/${slug}/approve-all`, { headers: translator })).status()).toBe(404);
  const approved = await request.post(`/api/v1/articles/${slug}/approve-all`, { headers: reviewer, data: {} });
  const body = (await approved.json()) as { approved: number; skipped: Array<{ segmentId: string; reason: string }> };
  expect(body.approved).toBe(count - 2);
  expect(body.skipped.map((item) => item.reason)).toEqual(['quality_error', 'quality_error']);

  const removed = await request.delete(`/api/v1/articles/${slug}/assignments/${encodeURIComponent(email)}`, { headers: reviewer });
  expect(await removed.json()).toEqual({ assigned: [] });
  expect((await request.post(`/api/v1/articles/${slug}/submit-all`, { headers: translator })).status()).toBe(404);
});

test('autosave waits for an input method to finish composing', async ({ page, request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-ime-'));
  writeFileSync(path.join(dir, 'en.md'), 'Plan the trip.\n');
  duet('import', path.join(dir, 'en.md'), '--slug', 'ime-plan');
  const headers = { authorization: `Bearer ${duet('token', 'create', '--email', 'reviewer@duet.local')}` };
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await openEditor(page, 'ime-plan');
  const target = page.getByRole('textbox', { name: 'Chinese translation of segment 1' });
  await target.click();
  await target.dispatchEvent('compositionstart', { data: '' });
  await page.keyboard.insertText("以下是安排an'pai");
  // Well past the autosave delay: the half-composed text stays in the browser only.
  await page.waitForTimeout(3000);
  const [segment] = await segmentsOf(request, headers, 'ime-plan');
  expect(segment!.translation).toMatchObject({ text: '', status: 'untranslated' });
  await target.fill('以下是安排');
  await target.dispatchEvent('compositionend', { data: '安排' });
  await expect.poll(async () => (await segmentsOf(request, headers, 'ime-plan'))[0]!.translation?.text, { timeout: 20_000 }).toBe('以下是安排');
});
