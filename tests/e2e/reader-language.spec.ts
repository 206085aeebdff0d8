import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

/*
 * Reader pages are rendered once and cached for everyone, yet each reader gets the interface in their
 * language: the page carries both, and the browser picks one (the reader's choice, else the browser's
 * languages). The article text is bilingual anyway; these are the labels around it.
 */

const home = '/';
const article = '/articles/translating-in-the-open';
const missing = '/articles/no-such-article';

type Language = 'en' | 'zh-CN';

/** One label per page, with its text in each language. */
const labels = {
  [home]: (page: Page, language: Language) => page.getByRole('heading', { level: 1, name: language === 'en' ? 'Translations' : '译文' }),
  [article]: (page: Page, language: Language) => page.getByRole('group', { name: language === 'en' ? 'Reading mode' : '阅读模式' }),
  [missing]: (page: Page, language: Language) => page.getByRole('heading', { level: 1, name: language === 'en' ? 'Page not found' : '页面不存在' }),
};

/** More labels of the article page, as text: the one shown is visible, the other is not. */
const articleTexts = { en: ['Published', 'Side by side', 'All articles'], 'zh-CN': ['发布于', '左右对照', '全部文章'] } as const;

async function expectInterface(page: Page, path: keyof typeof labels, language: Language) {
  const other: Language = language === 'en' ? 'zh-CN' : 'en';
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(labels[path](page, language)).toBeVisible();
  await expect(labels[path](page, other)).toHaveCount(0);
  if (path === article) {
    for (const text of articleTexts[language]) await expect(page.getByText(text, { exact: true }).first(), text).toBeVisible();
    for (const text of articleTexts[other]) await expect(page.getByText(text, { exact: true }).first(), text).toBeHidden();
  }
}

async function open(page: Page, path: keyof typeof labels) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(path === missing ? 404 : 200);
}

async function newPage(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

for (const [locale, language] of [['zh-CN', 'zh-CN'], ['en-US', 'en']] as const) {
  test(`a ${locale} browser sees the reader interface in ${language === 'en' ? 'English' : 'Chinese'}`, async ({ browser }) => {
    const { context, page } = await newPage(browser, locale);
    for (const path of [home, article, missing] as const) {
      await open(page, path);
      await expectInterface(page, path, language);
    }
    await context.close();
  });
}

test('in Chinese, reader pages have no serious or critical axe violations', async ({ browser }) => {
  test.setTimeout(60_000);
  const { context, page } = await newPage(browser, 'zh-CN');
  for (const path of [home, article, missing] as const) {
    await open(page, path);
    await expectInterface(page, path, 'zh-CN');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`), path).toEqual([]);
  }
  await context.close();
});

test('the language is chosen while the page is parsed, before the app\'s JavaScript loads', async ({ browser }) => {
  const { context, page } = await newPage(browser, 'zh-CN');
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  for (const path of [home, article] as const) {
    await open(page, path);
    await expectInterface(page, path, 'zh-CN');
  }
  await context.close();
});

test('without JavaScript a reader page shows the default interface language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, article);
  await expectInterface(page, article, 'en');
  await context.close();
});

/**
 * Clicks the language switch of a page of the reading site (a file: no request is made) and checks
 * that the labels changed and that the cookie pages rendered per visitor read was written.
 */
async function switchLanguage(page: Page, path: keyof typeof labels, language: Language) {
  const button = page.getByRole('group', { name: /^(Language|语言)$/ }).getByRole('button', { name: language === 'en' ? 'English' : '中文', exact: true });
  await button.click();
  await expectInterface(page, path, language);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === 'duet-locale')?.value).toBe(language);
}

test('the 中文 toggle switches reader pages at once, and the choice stays for reader and workspace pages', async ({ browser }) => {
  const { context, page } = await newPage(browser, 'en-US');
  await open(page, home);
  await expectInterface(page, home, 'en');
  await switchLanguage(page, home, 'zh-CN');
  await page.reload();
  await expectInterface(page, home, 'zh-CN');

  await open(page, article);
  await expectInterface(page, article, 'zh-CN');
  await page.reload();
  await expectInterface(page, article, 'zh-CN');
  await open(page, missing);
  await expectInterface(page, missing, 'zh-CN');

  // The same click set the cookie that pages rendered per visitor read.
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();

  await open(page, article);
  await switchLanguage(page, article, 'en');
  await page.reload();
  await expectInterface(page, article, 'en');
  await context.close();
});

test('the toggle switches the article and 404 pages too', async ({ browser }) => {
  for (const path of [article, missing] as const) {
    const { context, page } = await newPage(browser, 'en-US');
    await open(page, path);
    await switchLanguage(page, path, 'zh-CN');
    await page.reload();
    await expectInterface(page, path, 'zh-CN');
    await context.close();
  }
});

/* 404s are not part of this: they are sent with `no-store`, so no cache shares them (next.config.ts). */
test('a cached reader page is the same bytes whatever language the request asks for', async ({ request }) => {
  const asking: Record<string, string>[] = [
    { 'accept-language': 'en-US,en;q=0.9' },
    { 'accept-language': 'zh-CN,zh;q=0.9' },
    { 'accept-language': 'zh-CN', cookie: 'duet-locale=zh-CN' },
  ];
  for (const path of [home, '/tags/community', article]) {
    // Rendered and cached before the comparison.
    expect((await request.get(path)).status(), path).toBe(200);
    const bodies = [];
    for (const headers of asking) bodies.push(await (await request.get(path, { headers })).body());
    for (const body of bodies.slice(1)) expect(body.equals(bodies[0]!), path).toBe(true);
  }
});
