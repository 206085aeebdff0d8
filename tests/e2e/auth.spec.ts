import { expect, test } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';
import { expectSignedIn, formAlert, signIn } from './support/sign-in.ts';

test('a demo translator signs in and sees the articles assigned to them', async ({ page }) => {
  await signIn(page, 'translator@duet.local', 'duet-translator-demo');
  await expectSignedIn(page);
  await expect(page.getByRole('link', { name: /Translating in the Open/ })).toBeVisible();
});

test('a wrong password gets the same message as an unknown account', async ({ page }) => {
  await signIn(page, 'translator@duet.local', 'not the password');
  await expect(formAlert(page)).toBeVisible();
  // The e-mail stays as typed, to correct the password only.
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue('translator@duet.local');
  const wrongPassword = await formAlert(page).textContent();
  await signIn(page, uniqueEmail('nobody'), 'not the password');
  await expect(formAlert(page)).toHaveText(wrongPassword ?? 'missing');
  expect(wrongPassword).toContain('incorrect');
});

test('a translator cannot open the admin page, even by typing its address', async ({ page }) => {
  await signIn(page, 'translator@duet.local', 'duet-translator-demo');
  await expectSignedIn(page);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
  await expect(page.getByText('admin@duet.local')).toHaveCount(0);
});

test('an admin sees and manages users', async ({ page }) => {
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
  await page.goto('/admin/users');
  await expect(page.getByRole('cell', { name: 'translator@duet.local' })).toBeVisible();

  // An e-mail that has an account already: said so at the field, and what was typed stays.
  await page.getByRole('textbox', { name: 'Name' }).fill('Second Translator');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('translator@duet.local');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Some fields need attention.');
  await expect(page.getByText('An account with this e-mail address exists already.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Second Translator');
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue('translator@duet.local');
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('aria-invalid', 'true');

  // In a Chinese interface, the server's field messages are in Chinese too.
  await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
  await page.getByRole('textbox', { name: '姓名' }).fill('第二位译者');
  await page.getByRole('textbox', { name: '电子邮箱' }).fill('second-translator@example.test');
  await page.getByLabel('初始密码').fill('short');
  await page.getByRole('button', { name: '新建用户' }).click();
  await expect(page.getByText('至少 10 个字符')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('第二位译者');
});

test('a disabled user is signed out on their next request', async ({ page }) => {
  const email = uniqueEmail('leaver');
  duet('user', 'create', '--email', email, '--name', 'Leaver', '--role', 'reviewer', '--password', 'leaver password 1');
  await signIn(page, email, 'leaver password 1');
  await expectSignedIn(page);
  duet('user', 'disable', '--email', email);
  await page.goto('/workspace');
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email, 'leaver password 1');
  await expect(formAlert(page)).toContainText('incorrect');
});

test('a role change applies on the next request', async ({ page }) => {
  const email = uniqueEmail('promoted');
  duet('user', 'create', '--email', email, '--name', 'Promoted', '--role', 'admin', '--password', 'promoted password');
  await signIn(page, email, 'promoted password');
  await expectSignedIn(page);
  expect((await page.goto('/admin/users'))?.status()).toBe(200);
  duet('user', 'set-role', '--email', email, '--role', 'translator');
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/signin/);
});

test('twenty wrong passwords in a row are throttled', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('target');
  duet('user', 'create', '--email', email, '--name', 'Target', '--role', 'translator', '--password', 'the real password');
  const messages: string[] = [];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await signIn(page, email, `guess ${attempt}`);
    await expect(formAlert(page)).toBeVisible();
    messages.push((await formAlert(page).textContent()) ?? '');
  }
  expect(messages.at(-1)).toMatch(/too many attempts/i);
  await signIn(page, email, 'the real password');
  await expect(formAlert(page)).toHaveText(/too many attempts/i);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);
  await page.getByRole('button', { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/workspace');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fworkspace/);
});

test('changing the password ends the sessions in every browser, and only the new password signs in', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail('changer');
  duet('user', 'create', '--email', email, '--name', 'Changer', '--role', 'translator', '--password', 'the first password');
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, email, 'the first password');
  await expectSignedIn(otherPage);
  await signIn(page, email, 'the first password');
  await expectSignedIn(page);

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Account' })).toBeVisible();
  const fill = async (current: string, next: string, confirm: string) => {
    await page.getByLabel('Current password', { exact: true }).fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('Confirm new password', { exact: true }).fill(confirm);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await fill('the first password', 'the second password', 'the second passwort');
  await expect(page.getByText('The new passwords do not match.')).toBeVisible();
  // Nothing typed is lost to the error.
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue('the second password');
  await expect(page.getByLabel('Confirm new password', { exact: true })).toHaveValue('the second passwort');
  await fill('not the first password', 'the second password', 'the second password');
  await expect(page.getByText('The current password is incorrect')).toBeVisible();
  await fill('the first password', 'the second password', 'the second password');
  await expect(page).toHaveURL(/\/signin\?passwordChanged=1/);
  await expect(page.getByText('Your password was changed. Sign in with the new one.')).toBeVisible();

  await otherPage.goto('/workspace');
  await expect(otherPage).toHaveURL(/\/signin/);
  await elsewhere.close();
  await signIn(page, email, 'the first password');
  await expect(formAlert(page)).toContainText('incorrect');
  await signIn(page, email, 'the second password');
  await expectSignedIn(page);
});
