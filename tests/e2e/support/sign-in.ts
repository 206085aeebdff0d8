import { expect, type Page } from '@playwright/test';

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel(/e-mail|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /sign in|登录/i }).click();
}

export async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(/\/workspace/);
  await expect(page.getByRole('button', { name: /sign out|退出/i })).toBeVisible();
}

/** The sign-in form's error (Next.js's route announcer is an empty alert of its own). */
export function formAlert(page: Page) {
  return page.getByRole('main').getByRole('alert');
}
