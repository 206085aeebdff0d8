import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { localeCookie, localeStorageKey } from '../../lib/i18n/locales.ts';
import { signIn } from './support/sign-in.ts';

/*
 * Every page, public and signed in, at a phone's width (390 px) and a laptop's (1280 px), light and
 * dark, in Chinese and English, as PNG files in test-results/screenshots/ (not committed; each
 * Playwright run empties test-results/). Nothing compares pixels: people look at them. What the
 * suite does check: each page answers, and no page of the reading site scrolls sideways or logs an
 * error. With DUET_README_SCREENSHOTS=1 it also writes the README's two pictures (docs/screenshots/).
 */

const screenshots = path.join(process.cwd(), 'test-results', 'screenshots');
const demoSlug = 'translating-in-the-open';

type Shot = { name: string; path: string; status?: number; signedIn?: 'admin' | 'translator' };

/** The reading site's pages (files built by lib/site) and the app's public ones. */
const publicPages: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'tag', path: '/tags/translation' },
  { name: 'article', path: `/articles/${demoSlug}` },
  { name: 'article-interleaved', path: `/articles/${demoSlug}?mode=interleaved` },
  { name: 'search', path: '/search?q=translation' },
  { name: 'not-found', path: '/articles/no-such-article', status: 404 },
  { name: 'signin', path: '/signin' },
];

/** Every page under app/(workspace), as the demo admin sees it (tests/e2e/page-matrix.spec.ts lists who may open which). */
const workspacePages: Shot[] = [
  { name: 'workspace', path: '/workspace' },
  { name: 'workspace-translator', path: '/workspace', signedIn: 'translator' },
  { name: 'article-overview', path: `/workspace/articles/${demoSlug}` },
  { name: 'editor', path: `/workspace/articles/${demoSlug}/edit` },
  { name: 'publications', path: `/workspace/articles/${demoSlug}/publications` },
  { name: 'review', path: '/workspace/review' },
  { name: 'import', path: '/workspace/import' },
  { name: 'memory', path: '/workspace/memory' },
  { name: 'notifications', path: '/workspace/notifications' },
  { name: 'account', path: '/workspace/account' },
  { name: 'admin-users', path: '/admin/users' },
  { name: 'admin-audit', path: '/admin/audit' },
  { name: 'admin-glossary', path: '/admin/glossary' },
  { name: 'admin-settings', path: '/admin/settings' },
  { name: 'admin-repositories', path: '/admin/repositories' },
].map((shot) => ({ signedIn: 'admin', ...shot }) as Shot);

const placeholderImage =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1300" height="650" viewBox="0 0 1300 650"><rect width="1300" height="650" fill="#ffd21e"/><circle cx="650" cy="325" r="180" fill="#ff9d00"/></svg>';

const demoPasswords = { admin: ['admin@duet.local', 'duet-admin-demo'], translator: ['translator@duet.local', 'duet-translator-demo'] } as const;

/** The demo users' sessions, signed in once for the whole suite. */
const sessions = new Map<'admin' | 'translator', Awaited<ReturnType<BrowserContext['storageState']>>>();

async function sessionOf(browser: Browser, who: 'admin' | 'translator') {
  if (!sessions.has(who)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const [email, password] = demoPasswords[who];
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/workspace/);
    sessions.set(who, await context.storageState());
    await context.close();
  }
  return sessions.get(who)!;
}

const variants = [390, 1280].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((scheme) => (['zh-CN', 'en'] as const).map((locale) => ({ width, scheme, locale }))),
);

test.describe('screenshots', () => {
  // Pictures for people to look at, the same on either database: taken once, on the SQLite pass.
  test.skip(/^postgres/.test(process.env.E2E_DATABASE_URL ?? ''), 'taken on the SQLite pass');
  for (const { width, scheme, locale } of variants) {
    test(`every page at ${width} px, ${scheme}, ${locale}`, async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      mkdirSync(screenshots, { recursive: true });
      // One browser context for each visitor (signed out, the demo admin, the demo translator), reused page after page.
      const contexts = new Map<string, BrowserContext>();
      const contextFor = async (who: Shot['signedIn']) => {
        const key = who ?? 'visitor';
        if (contexts.has(key)) return contexts.get(key)!;
        const context = await browser.newContext({
          viewport: { width, height: width < 500 ? 844 : 800 },
          isMobile: width < 500,
          hasTouch: width < 500,
          colorScheme: scheme,
          locale,
          storageState: who ? await sessionOf(browser, who) : undefined,
        });
        // The language as a returning reader chose it: the site's pages read the browser's storage, the app's a cookie.
        await context.addCookies([{ name: localeCookie, value: locale, url: baseURL! }]);
        await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [localeStorageKey, locale] as const);
        // Articles' images live on other sites, which a test does not reach: a picture stands in for each.
        await context.route(
          (url) => url.origin !== new URL(baseURL!).origin,
          (route) => (route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/svg+xml', body: placeholderImage }) : route.abort()),
        );
        contexts.set(key, context);
        return context;
      };
      for (const shot of [...publicPages, ...workspacePages]) {
        const page = await (await contextFor(shot.signedIn)).newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        const response = await page.goto(shot.path);
        expect(response?.status(), shot.path).toBe(shot.status ?? 200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(screenshots, `${shot.name}-${width}-${scheme}-${locale}.png`), fullPage: true });
        if (!shot.signedIn) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${shot.path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          expect(errors.filter((text) => !(shot.status === 404 && /404/.test(text))), shot.path).toEqual([]);
        }
        if (process.env.DUET_README_SCREENSHOTS === '1' && width === 1280 && scheme === 'light') await readmeShot(shot.name, locale, page);
        await page.close();
      }
      for (const context of contexts.values()) await context.close();
    });
  }
});

/** The README's two pictures: the editor (in English) and an article (in Chinese), the first screen of each. */
async function readmeShot(name: string, locale: string, page: Page): Promise<void> {
  const wanted: Record<string, { locale: string; file: string }> = { editor: { locale: 'en', file: 'editor.png' }, article: { locale: 'zh-CN', file: 'reader.png' } };
  if (wanted[name]?.locale !== locale) return;
  const directory = path.join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(directory, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(directory, wanted[name].file), clip: { x: 0, y: 0, width: 1280, height: 800 } });
}
