import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

/*
 * A post shaped like the Hugging Face blog's, written for this test: HTML figures and captions, a
 * feature list written as HTML paragraphs, dollar amounts, inline math, a footnote and a translated
 * title. It is imported with its translation, approved and published through the API, then read.
 */

const english = `---
title: "Cheaper Evaluations with Small Judges"
thumbnail: /blog/assets/small-judges/thumbnail.png
authors:
- user: ada
---

# Cheaper Evaluations with Small Judges

We ran the whole benchmark at a cost of $0.025. A larger judge came to around $0.7 for the same experiment.

<p align="center">
  <img src="assets/small-judges/figure.png" alt="Accuracy against cost" width="500">
</p>

<p><em>Accuracy against cost for each judge.</em></p>

<p>🗣 <strong>No prompts</strong>: the judge reads the answer as it is.</p>

<p>⚡ <strong>Fast</strong>: one pass over the data.</p>

The loss falls as $x^2$ shrinks, as the appendix shows.[^cost]

[^cost]: Prices as of the day we ran it.
`;

const chinese = `---
title: "用小型评审模型降低评测成本"
thumbnail: /blog/assets/small-judges/thumbnail.png
authors:
- user: ada
translators:
- user: lin
---

# 用小型评审模型降低评测成本

我们以 $0.025 的成本跑完了整个基准。更大的评审模型做同样的实验约需 $0.7。

<p align="center">
  <img src="assets/small-judges/figure.png" alt="准确率与成本" width="500">
</p>

<p><em>各评审模型的准确率与成本。</em></p>

<p>🗣 <strong>无需提示词</strong>：评审模型直接阅读答案。</p>

<p>⚡ <strong>快速</strong>：只需遍历一次数据。</p>

损失随 $x^2$ 减小而下降，见附录。[^cost]

[^cost]: 价格以我们运行当天为准。
`;

type Staff = { headers: Record<string, string> };

function makeStaff(label: string): Staff {
  const email = uniqueEmail(label);
  duet('user', 'create', '--email', email, '--name', `Staff ${label}`, '--role', 'admin', '--password', `${label} password 123`);
  return { headers: { authorization: `Bearer ${duet('token', 'create', '--email', email)}` } };
}

type StaffSegment = { id: string; translatable: boolean; translation: { version: number; status: string } | null };

async function publish(request: APIRequestContext, slug: string, importer: Staff, approver: Staff) {
  const created = await request.post('/api/v1/articles', {
    headers: importer.headers,
    data: { markdown: english, translation: chinese, slug, sourceUrl: 'https://huggingface.co/blog/small-judges' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const segments: StaffSegment[] = (await (await request.get(`/api/v1/articles/${slug}`, { headers: importer.headers })).json()).segments;
  for (const segment of segments) {
    if (!segment.translatable || !segment.translation || segment.translation.status === 'approved') continue;
    const submitted = await request.post(`/api/v1/segments/${segment.id}/submit`, { headers: importer.headers, data: { version: segment.translation.version } });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const approved = await request.post(`/api/v1/segments/${segment.id}/approve`, { headers: approver.headers, data: { version: (await submitted.json()).version } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  const published = await request.post(`/api/v1/articles/${slug}/publish`, { headers: approver.headers });
  expect(published.status(), await published.text()).toBe(201);
}

test('a real-shaped post reads as written: figures, feature list, dollar amounts, math, footnote, Chinese title', async ({ page, request }) => {
  // Submitting and approving each segment through the API takes a while on a busy machine.
  test.setTimeout(180_000);
  await publish(request, 'small-judges', makeStaff('importer'), makeStaff('approver'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/articles/small-judges?mode=side');

  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('用小型评审模型降低评测成本');
  const zh = page.locator('[lang="zh-CN"]');
  const en = page.locator('[lang="en"]');

  // The HTML figure (markup only, carried untranslated) shows once across the row, its relative URL
  // resolved against the article's source.
  const figure = page.locator('img[src$="small-judges/figure.png"]');
  await expect(figure).toHaveCount(1);
  await expect(figure).toBeVisible();
  expect(await figure.getAttribute('src')).toMatch(/^https:\/\/huggingface\.co\//);
  await expect(en.getByText('Accuracy against cost for each judge.')).toBeVisible();
  await expect(zh.getByText('各评审模型的准确率与成本。')).toBeVisible();
  await expect(zh.getByText('无需提示词').first()).toBeVisible();
  await expect(en.locator('strong', { hasText: 'No prompts' })).toBeVisible();

  // Dollar amounts stay text; real inline math is typeset.
  const prices = en.locator('p', { hasText: 'at a cost of $0.025.' });
  await expect(prices).toContainText('around $0.7 for the same experiment');
  await expect(prices.locator('.katex')).toHaveCount(0);
  await expect(zh.locator('p', { hasText: '$0.025' }).locator('.katex')).toHaveCount(0);
  await expect(en.locator('p', { hasText: 'The loss falls as' }).locator('.katex')).toHaveCount(1);

  // The footnote reference links to its definition, which is shown.
  const reference = en.locator('a[data-footnote-ref]').first();
  await expect(reference).toBeVisible();
  const target = await reference.getAttribute('href');
  expect(target).toMatch(/^#/);
  await expect(page.locator(`[id="${decodeURIComponent(target!.slice(1))}"]`).first()).toContainText('Prices as of the day we ran it.');
  await expect(zh.getByText('价格以我们运行当天为准。')).toBeVisible();

  // Kept outside test-results, which every Playwright run empties: look at them after a run.
  const screenshots = path.join(os.tmpdir(), 'duet-screenshots');
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, 'real-post-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/articles/small-judges');
  await page.screenshot({ path: path.join(screenshots, 'real-post-390.png'), fullPage: true });
  // Nothing scrolls a phone sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('every export of the published post has front matter that parses, and the Chinese export is the imported file', async ({ request }) => {
  const owner = makeStaff('exporter');
  const created = await request.post('/api/v1/articles', { headers: owner.headers, data: { markdown: english, translation: chinese, slug: 'small-judges-export' } });
  expect(created.status(), await created.text()).toBe(201);
  const zh = await request.get('/api/v1/articles/small-judges-export/export?format=zh', { headers: owner.headers });
  expect(zh.status()).toBe(200);
  expect(await zh.text()).toBe(chinese);
  const source = await request.get('/api/v1/articles/small-judges-export/export?format=source', { headers: owner.headers });
  expect(await source.text()).toBe(english);
});
