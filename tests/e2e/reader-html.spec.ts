import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * A published post written the way blog posts are: an HTML figure with a relative image, a caption,
 * feature lists as `<p>🏮 <strong>…</strong>: …</p>`, a details block and a video. The figure and the
 * video are carried (shown once across the row); the HTML that holds prose is translated and shows in
 * both columns; relative URLs point at the post's source (a GitHub file, so images load raw).
 */

const slug = 'reader-html-lanterns';
const sourceUrl = 'https://github.com/example-org/port-blog/blob/main/lanterns.md';
const figureUrl = 'https://raw.githubusercontent.com/example-org/port-blog/main/assets/lanterns/street-map.png';

const english = `---
title: Lanterns of the Old Port
---
# Lanterns of the Old Port

The old port lights its lanterns at dusk, one street at a time.

<p align="center">
  <img src="assets/lanterns/street-map.png" alt="A map of the lantern streets" width="1200" style="width: 90%" onerror="window.__xss=1">
</p>

<p align="center"><em>The lantern streets, from the harbour up to the hill.</em></p>

<p>🏮 <strong>Paper lanterns</strong>: folded by hand every autumn and hung along the quay.</p>

<p>🔔 <strong>Bell lanterns</strong>: they ring softly when the wind comes in from the sea.</p>

<details><summary>How the lanterns are lit</summary>A keeper walks the streets with a long taper.</details>

<video controls width="640">
  <source src="assets/lanterns/dusk.mp4" type="video/mp4">
</video>

The festival ends when the last lantern goes out.
`;

const chinese = `---
title: 老港的灯笼
---
# 老港的灯笼

老港在黄昏点亮灯笼，一条街接着一条街。

<p align="center">
  <img src="assets/lanterns/street-map.png" alt="灯笼街道地图" width="1200" style="width: 90%" onerror="window.__xss=1">
</p>

<p align="center"><em>灯笼街道，从港口一直延伸到山上。</em></p>

<p>🏮 <strong>纸灯笼</strong>：每年秋天手工折好，挂在码头沿线。</p>

<p>🔔 <strong>铃铛灯笼</strong>：海风吹来时会轻轻作响。</p>

<details><summary>灯笼是怎样点亮的</summary>守灯人拿着长长的引火棒走遍每条街。</details>

<video controls width="640">
  <source src="assets/lanterns/dusk.mp4" type="video/mp4">
</video>

最后一盏灯笼熄灭时，节日便结束了。
`;

/** A wide figure (1200 × 600), so a phone has to scale it down. */
const figureSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600">
<rect width="1200" height="600" fill="#1d3557"/><circle cx="300" cy="300" r="120" fill="#f4a261"/>
<circle cx="650" cy="260" r="90" fill="#e9c46a"/><circle cx="950" cy="330" r="110" fill="#e76f51"/>
<text x="600" y="560" font-size="40" text-anchor="middle" fill="#fff">street map</text></svg>`;

type Segment = { id: string; kind: string; translatable: boolean; translation: { version: number; status: string } | null };

function staffHeaders(label: string): Record<string, string> {
  const email = uniqueEmail(label);
  duet('user', 'create', '--email', email, '--name', `Staff ${label}`, '--role', 'admin', '--password', `${label} password 123`);
  return { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
}

async function segmentsOf(request: APIRequestContext, headers: Record<string, string>): Promise<Segment[]> {
  const response = await request.get(`/api/v1/articles/${slug}`, { headers });
  expect(response.status()).toBe(200);
  return (await response.json()).segments;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  const importer = staffHeaders('html-importer');
  const approver = staffHeaders('html-approver');
  const created = await request.post('/api/v1/articles', { headers: importer, data: { markdown: english, translation: chinese, slug, sourceUrl } });
  expect(created.status(), await created.text()).toBe(201);
  const segments = await segmentsOf(request, importer);
  // Prose in HTML is translated and reviewed; the figure and the video are carried.
  expect(segments.filter((segment) => segment.kind === 'html').map((segment) => segment.translatable)).toEqual([false, true, true, true, true, false]);
  for (const segment of segments) {
    if (!segment.translatable) continue;
    expect(segment.translation?.status, `segment ${segment.id} has its aligned Chinese as a draft`).toBe('draft');
    const submitted = await request.post(`/api/v1/segments/${segment.id}/submit`, { headers: importer, data: { version: segment.translation!.version } });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const approved = await request.post(`/api/v1/segments/${segment.id}/approve`, { headers: approver, data: { version: (await submitted.json()).version } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  const published = await request.post(`/api/v1/articles/${slug}/publish`, { headers: approver });
  expect(published.status(), await published.text()).toBe(201);
});

async function openArticle(page: Page, width: number, height: number) {
  await page.route('https://raw.githubusercontent.com/**', (route) =>
    route.request().url() === figureUrl ? route.fulfill({ contentType: 'image/svg+xml', body: figureSvg }) : route.fulfill({ status: 404 }),
  );
  await page.setViewportSize({ width, height });
  await page.goto(`/articles/${slug}?mode=side`);
  const figure = page.locator(`img[src="${figureUrl}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1200);
}

/** A full-page screenshot from the top, so the sticky reading-mode bar is where a reader first sees it. */
async function saveScreenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

const row = (page: Page, text: string) => page.locator('[data-reading-pairs] > [id^="p-"]').filter({ hasText: text });

test('shows HTML figures, captions, feature lists and details in both columns', async ({ page }) => {
  await openArticle(page, 1280, 900);

  // The figure is carried: shown once across the row, its relative image loaded from the raw file.
  const figureRow = page.locator('[data-reading-pairs] > [id^="p-"]').filter({ has: page.locator(`img[src="${figureUrl}"]`) });
  await expect(figureRow).toHaveAttribute('data-translated', 'false');
  const image = figureRow.locator('img');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', 'A map of the lantern streets');
  expect(await image.evaluate((element) => [element.getAttribute('style'), element.getAttribute('onerror')])).toEqual([null, null]);
  const [imageBox, rowBox] = [await image.boundingBox(), await figureRow.boundingBox()];
  expect(imageBox!.width).toBeLessThanOrEqual(rowBox!.width);
  expect(Math.abs(imageBox!.x + imageBox!.width / 2 - (rowBox!.x + rowBox!.width / 2))).toBeLessThan(40);

  const caption = row(page, 'The lantern streets');
  await expect(caption.locator('[lang="en"] em')).toHaveText('The lantern streets, from the harbour up to the hill.');
  await expect(caption.locator('[lang="zh-CN"] em')).toHaveText('灯笼街道，从港口一直延伸到山上。');
  expect(await caption.locator('[lang="zh-CN"] p').evaluate((element) => getComputedStyle(element).textAlign)).toBe('center');

  for (const [englishName, chineseName, chineseText] of [
    ['Paper lanterns', '纸灯笼', '每年秋天手工折好'],
    ['Bell lanterns', '铃铛灯笼', '海风吹来时'],
  ]) {
    const bullet = row(page, englishName!);
    await expect(bullet.locator('[lang="en"] strong')).toHaveText(englishName!);
    await expect(bullet.locator('[lang="zh-CN"] strong')).toHaveText(chineseName!);
    await expect(bullet.locator('[lang="zh-CN"]')).toContainText(chineseText!);
    const [left, right] = [await bullet.locator('[lang="en"]').boundingBox(), await bullet.locator('[lang="zh-CN"]').boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  }

  const details = row(page, 'How the lanterns are lit');
  await expect(details.locator('[lang="zh-CN"] summary')).toHaveText('灯笼是怎样点亮的');
  await details.locator('[lang="en"] summary').click();
  await expect(details.locator('[lang="en"] details')).toContainText('A keeper walks the streets');

  const video = page.locator('video');
  await expect(video).toHaveCount(1);
  await expect(video).toHaveAttribute('controls', '');
  await expect(video.locator('source')).toHaveAttribute('src', 'https://raw.githubusercontent.com/example-org/port-blog/main/assets/lanterns/dusk.mp4');

  await saveScreenshot(page, 'reader-html-1280');
});

test('fits a phone: nothing scrolls sideways and the figure is scaled to the screen', async ({ page }) => {
  await openArticle(page, 390, 844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const image = page.locator(`img[src="${figureUrl}"]`);
  expect((await image.boundingBox())!.width).toBeLessThanOrEqual(390);
  expect((await page.locator('video').boundingBox())!.width).toBeLessThanOrEqual(390);
  await expect(row(page, 'Paper lanterns').locator('[lang="zh-CN"] strong')).toBeVisible();
  await saveScreenshot(page, 'reader-html-390');
});
