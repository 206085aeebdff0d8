import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHECK_IDS } from '../../lib/domain/checks/finding.ts';
import { duet } from './support/cli.ts';
import { signIn, expectSignedIn } from './support/sign-in.ts';

/*
 * An XSS corpus (issue 8, item 4) put through every way text gets in — an imported article's English
 * and Chinese, a translation saved through the API, a comment, a rejection comment, a glossary term —
 * and then every page that shows it. On each page: no dialog opened, `window.__xss` never set, and no
 * element or attribute the payloads would create exists (event handlers, javascript:/data: URLs,
 * inline scripts naming __xss, iframes with srcdoc).
 */
const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '[click me](javascript:window.__xss=1)',
  '<svg onload=window.__xss=1><circle r=1 /></svg>',
  '"><script>window.__xss=1</script>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<javascript:window.__xss=1>',
  '[data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)',
  '</textarea><script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">anchor</a>',
  '<details open ontoggle=window.__xss=1>x</details>',
  "'><img src=x onerror=window.__xss=1>",
  '![img](x" onerror="window.__xss=1)',
  '<math><mtext></p><img src=x onerror=window.__xss=1></mtext></math>',
  '$\\href{javascript:window.__xss=1}{math link}$',
  '</title><script>window.__xss=1</script>',
];
const slug = 'xss-corpus';
const payload = (index: number) => payloads[index % payloads.length]!;

type Segment = { id: string; translatable: boolean; translation: { version: number; status: string } | null };

async function api(request: APIRequestContext, token: string, method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) {
  const response = await request.fetch(url, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(data !== undefined && { data }) });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

/** Everything on the page that the corpus could have turned into live markup. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss is set');
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (tag === 'script' && (element.textContent ?? '').includes('__xss') && !(element.textContent ?? '').includes('self.__next_f')) found.push(`<script>${element.textContent?.slice(0, 80)}`);
      if (tag === 'iframe') found.push(`<iframe ${element.outerHTML.slice(0, 80)}`);
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push(`<img src=x> ${element.outerHTML.slice(0, 80)}`);
      for (const attribute of Array.from(element.attributes)) {
        // React gives forms bound to Server Actions this placeholder action of its own.
        if (attribute.value === "javascript:throw new Error('React form unexpectedly submitted.')") continue;
        const value = attribute.value.trim().toLowerCase();
        if (attribute.name.startsWith('on') && value.includes('__xss')) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
        if (['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && (/^(javascript|data|vbscript):/.test(value.replace(/\s/g, '')) || value.includes('__xss'))) {
          found.push(`${tag}[${attribute.name}=${attribute.value}]`);
        }
      }
    }
    return found;
  });
}

/** Visits `url` on `page` and checks it; `act` may open tabs or panels once it has loaded. */
async function check(page: Page, dialogs: string[], url: string, act?: () => Promise<void>) {
  const response = await page.goto(url);
  expect(response?.status(), `${url} answers`).toBeLessThan(400);
  await page.waitForLoadState('load');
  await page.waitForTimeout(700); // Some pages poll, so the network is never idle: give hydration a moment.
  if (act) await act();
  await page.waitForTimeout(300); // onerror/onload handlers and timers would have run by now.
  expect(await injected(page), `${url}: injected markup`).toEqual([]);
  expect(dialogs, `${url}: dialogs`).toEqual([]);
}

test('an XSS corpus through import, translation, comments, review and glossary never executes on any page', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  // 1. Import: every payload in the English and in the aligned Chinese, the title included.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-xss-'));
  const english = ['# XSS corpus <script>window.__xss=1</script>', '', ...payloads.flatMap((text, index) => [`Paragraph ${index}: ${text}`, ''])].join('\n');
  const chinese = ['# 跨站脚本 <img src=x onerror="window.__xss=1">', '', ...payloads.flatMap((text, index) => [`第 ${index} 段：${text}`, ''])].join('\n');
  writeFileSync(path.join(dir, 'en.md'), english);
  writeFileSync(path.join(dir, 'zh.md'), chinese);
  duet('import', path.join(dir, 'en.md'), '--translation', path.join(dir, 'zh.md'), '--slug', slug);
  const reviewer = duet('token', 'create', '--email', 'reviewer@duet.local', '--label', 'xss');
  const admin = duet('token', 'create', '--email', 'admin@duet.local', '--label', 'xss');
  duet('user', 'create', '--email', 'xss-translator@example.test', '--name', '"><img src=x onerror=window.__xss=1>', '--role', 'translator', '--password', 'xss translator pass');

  // 2. API: the admin saves and submits (a reviewer may not approve their own text); the reviewer
  // comments, rejects with a comment and approves; then a glossary term, and publishing.
  // save, comment, reject with a comment, fix, approve everything, glossary term, publish.
  const article = (await api(request, reviewer, 'GET', `/api/v1/articles/${slug}`)) as { segments: Segment[] };
  const segments = article.segments.filter((segment) => segment.translatable && segment.translation);
  expect(segments.length).toBeGreaterThan(payloads.length);
  for (const [index, segment] of segments.entries()) {
    let { version } = segment.translation!;
    ({ version } = await api(request, admin, 'PUT', `/api/v1/segments/${segment.id}/translation`, { text: `译文 ${index} ${payload(index + 3)}`, baseVersion: version }));
    ({ version } = await api(request, admin, 'POST', `/api/v1/segments/${segment.id}/submit`, { version }));
    if (index < 3) {
      await api(request, reviewer, 'POST', `/api/v1/segments/${segment.id}/comments`, { body: `@reviewer@duet.local ${payload(index)} ${payload(index + 8)}` });
      ({ version } = await api(request, reviewer, 'POST', `/api/v1/segments/${segment.id}/reject`, { version, category: 'accuracy', severity: 'major', comment: `${payload(index + 1)} ${payload(index + 9)}` }));
      ({ version } = await api(request, admin, 'PUT', `/api/v1/segments/${segment.id}/translation`, { text: `修改 ${payload(index + 5)}`, baseVersion: version }));
      ({ version } = await api(request, admin, 'POST', `/api/v1/segments/${segment.id}/submit`, { version }));
    }
    ({ version } = await api(request, reviewer, 'POST', `/api/v1/segments/${segment.id}/approve`, { version }));
    // The payloads trip quality checks (links, markup) that block publishing: the reviewer waives
    // whichever apply (a check with no finding is refused, which is fine here).
    for (const checkId of CHECK_IDS) {
      await request.post(`/api/v1/segments/${segment.id}/waivers`, {
        headers: { authorization: `Bearer ${reviewer}` },
        data: { version, checkId, reason: `XSS corpus ${payload(index)}` },
      });
    }
  }
  await api(request, admin, 'POST', `/api/v1/articles/${slug}/publish`);
  for (const [index, text] of payloads.entries()) {
    await api(request, admin, 'POST', '/api/v1/glossary', { source: `xss term ${index} ${text}`.slice(0, 200), target: `术语 ${text}`.slice(0, 200), notes: text, partOfSpeech: text.slice(0, 40) });
  }

  // 3. Every page that shows the text, signed in as the reviewer (and as the admin for admin pages).
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await check(page, dialogs, `/workspace/articles/${slug}/edit`, async () => {
    await expect(page.getByRole('list', { name: 'Segments' })).toBeVisible();
    for (const number of [2, 3, 4]) {
      await page.getByRole('textbox', { name: `Chinese translation of segment ${number}` }).focus();
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await page.waitForTimeout(200);
        expect(await injected(page), `editor segment ${number}, tab ${await tab.textContent()}`).toEqual([]);
      }
    }
  });
  await check(page, dialogs, `/workspace/articles/${slug}`);
  await check(page, dialogs, '/workspace');
  await check(page, dialogs, '/workspace/review');
  await check(page, dialogs, '/workspace/notifications');
  await check(page, dialogs, `/search?q=${encodeURIComponent('Paragraph')}`);
  for (const text of payloads.slice(0, 6)) await check(page, dialogs, `/search?q=${encodeURIComponent(text)}`);
  await check(page, dialogs, `/articles/${slug}`);
  await check(page, dialogs, '/');
  await check(page, dialogs, '/feed.xml');

  const adminPage = await (await browser.newContext()).newPage();
  adminPage.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  await signIn(adminPage, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(adminPage);
  await check(adminPage, dialogs, '/admin/glossary');
  await check(adminPage, dialogs, `/admin/glossary?q=${encodeURIComponent('xss term')}`);
  await check(adminPage, dialogs, '/admin/users');

  // The feed escapes its HTML: no live markup from the corpus in the XML itself.
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).not.toMatch(/<script>window\.__xss|<img src=x onerror|<svg onload|<iframe srcdoc/i);
});
