import { expect, test } from '@playwright/test';

test('the public home page lists the demo article in Chinese and English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '公开翻译：一个小团队如何让博客保持双语' })).toBeVisible();
  await expect(page.getByText('Translating in the Open: How a Small Team Keeps a Blog Bilingual')).toBeVisible();
  await expect(page.getByText(/Lin Yue/)).toBeVisible();
});

test('a reader opens the demo article and sees English and Chinese side by side', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '公开翻译：一个小团队如何让博客保持双语' }).click();
  await expect(page.locator('[lang="en"]').getByText(/Every week our community picks one long technical post/)).toBeVisible();
  await expect(page.locator('[lang="zh-CN"]').getByText(/每周，我们的社区都会挑选一篇长篇技术文章/)).toBeVisible();
});

test('the interface switches to Chinese and remembers it', async ({ page }) => {
  // Reader pages are cached for everyone in the default language; the choice applies to the rest.
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
});

test('an unknown article is a 404', async ({ page }) => {
  expect((await page.goto('/articles/no-such-article'))?.status()).toBe(404);
});
