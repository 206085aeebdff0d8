import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './support/sign-in.ts';

/*
 * The workspace's shared look (issue 22, "Consistency"): a header on one line, header links and the
 * sign-out button as one set, admin pages as tabs, buttons level with the fields beside them, and a
 * dialog (not the browser's confirm()) before deleting.
 */

async function signInAsAdmin(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'admin@duet.local', 'duet-admin-demo');
  await expectSignedIn(page);
}

/** The vertical centre of every visible link and button in the header, rounded. */
async function centresOf(header: Locator): Promise<number[]> {
  return header.locator('a, button').evaluateAll((elements) =>
    elements
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => Math.round(box.top + box.height / 2)),
  );
}

test('an admin’s header stays on one line at 1280 px, in English and in Chinese', async ({ page }) => {
  await signInAsAdmin(page);
  const header = page.getByRole('banner');
  for (const [language, signOut] of [
    ['English', /sign out/i],
    ['中文', /退出登录/],
  ] as const) {
    await header.getByRole('button', { name: language }).click();
    await expect(header.getByRole('button', { name: signOut })).toBeVisible();
    const centres = await centresOf(header);
    expect(centres.length, language).toBeGreaterThan(8);
    expect(Math.max(...centres) - Math.min(...centres), `${language}: ${centres.join(', ')}`).toBeLessThanOrEqual(4);
    // One line of links plus the padding: well under two lines.
    expect((await header.boundingBox())?.height, language).toBeLessThan(72);
  }
});

test('“Account” and “Sign out” look like one set of header links', async ({ page }) => {
  await signInAsAdmin(page);
  const header = page.getByRole('banner');
  const look = (element: Locator) =>
    element.evaluate((node) => {
      const style = getComputedStyle(node);
      return { weight: style.fontWeight, size: style.fontSize, colour: style.color, background: style.backgroundColor, border: style.borderTopWidth };
    });
  const account = await look(header.getByRole('link', { name: 'Account', exact: true }));
  const signOut = await look(header.getByRole('button', { name: 'Sign out' }));
  expect(signOut.weight).toBe(account.weight);
  expect(signOut.size).toBe(account.size);
  expect(signOut.colour).toBe(account.colour);
  expect(signOut.background).toBe('rgba(0, 0, 0, 0)');
  expect(signOut.border).toBe('0px');
});

test('the admin pages are tabs under the header, the current one marked', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('banner').getByRole('link', { name: 'Admin', exact: true }).click();
  const tabs = page.getByRole('navigation', { name: 'Administration' });
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  await tabs.getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
  await expect(tabs.getByRole('link', { name: 'Users' })).not.toHaveAttribute('aria-current', 'page');
});

test('a filter button keeps its own height, level with the fields beside it', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/glossary');
  const form = page.getByRole('search');
  const button = await form.getByRole('button', { name: 'Filter' }).boundingBox();
  const field = await form.getByLabel('Status').boundingBox();
  expect(button && field).toBeTruthy();
  if (!button || !field) return;
  expect(button.height).toBeLessThanOrEqual(field.height + 1);
  expect(Math.abs(button.y + button.height - (field.y + field.height))).toBeLessThanOrEqual(1);
});

test('the review queue has one heading', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/workspace/review');
  await expect(page.getByRole('heading', { name: 'Review queue' })).toHaveCount(1);
});

test('deleting a glossary term asks in a dialog; cancel and Escape keep it, confirm deletes it', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/glossary');
  const source = `lantern ${Date.now()}`;
  await page.getByLabel('English', { exact: true }).fill(source);
  await page.getByLabel('Chinese', { exact: true }).fill('灯笼');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Term added.' })).toBeVisible();
  const stored = async () => (await (await page.request.get(`/api/v1/glossary?q=${encodeURIComponent(source)}`)).json()).terms as unknown[];
  expect(await stored()).toHaveLength(1);

  const remove = page.getByRole('button', { name: `Delete ${source}` });
  const dialog = page.getByRole('dialog', { name: `Delete the term “${source}”?` });
  await remove.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await remove.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await stored()).toHaveLength(1);

  await remove.click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(remove).toHaveCount(0);
  expect(await stored()).toHaveLength(0);
});

const workspacePages = [
  '/workspace',
  '/workspace/articles/translating-in-the-open',
  '/workspace/articles/translating-in-the-open/publications',
  '/workspace/review',
  '/workspace/import',
  '/workspace/memory?q=translation',
  '/workspace/notifications',
  '/workspace/account',
  '/admin/users',
  '/admin/glossary',
  '/admin/audit',
  '/admin/settings',
  '/admin/repositories',
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the workspace pages and the confirm dialog have no serious or critical axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signInAsAdmin(page);
    for (const url of workspacePages) {
      await page.goto(url);
      expect(await seriousViolations(page), url).toEqual([]);
    }
    await page.goto('/admin/glossary');
    await page.getByLabel('English', { exact: true }).fill(`axe ${scheme} ${Date.now()}`);
    await page.getByLabel('Chinese', { exact: true }).fill('斧');
    await page.getByRole('button', { name: 'Add term' }).click();
    await page.getByRole('button', { name: /^Delete axe/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'confirm dialog').toEqual([]);
  });
}
