import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { duet } from './support/cli.ts';
import { expectSignedIn, signIn } from './support/sign-in.ts';

const english = '# Lanterns\n\nPaper [lanterns](https://example.org/lanterns) glow **softly**.\n\nThey hang above the street.\n';

test('a translator exports XLIFF, previews the translated file, applies it, and finds the drafts in the editor', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duet-e2e-xliff-'));
  writeFileSync(path.join(dir, 'en.md'), english);
  duet('import', path.join(dir, 'en.md'), '--slug', 'xliff-lanterns');
  await signIn(page, 'reviewer@duet.local', 'duet-reviewer-demo');
  await expectSignedIn(page);

  // Export as a CAT tool receives it, and translate one unit there, keeping its codes.
  const exported = await (await page.request.get('/api/v1/articles/xliff-lanterns/export?format=xliff')).text();
  expect(exported).toContain('<pc id="1" dataRefStart="d1s" dataRefEnd="d1e" type="link" canDelete="no">lanterns</pc>');
  const translated = exported.replace(
    /(<source>Paper <pc[\s\S]*?<\/source>)/,
    '$1\n        <target>纸<pc id="1" dataRefStart="d1s" dataRefEnd="d1e">灯笼</pc>发出<pc id="2" dataRefStart="d2s" dataRefEnd="d2e">柔和</pc>的光。</target>',
  );
  const file = path.join(dir, 'lanterns.zh.xlf');
  writeFileSync(file, translated);

  await page.goto('/workspace/articles/xliff-lanterns');
  const panel = page.getByRole('region', { name: 'Import a translated XLIFF file' });
  await panel.getByLabel('XLIFF file').setInputFiles(file);
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('status')).toHaveText('1 to apply, 0 unchanged, 0 conflicts, 0 refused.');
  // The preview wrote nothing.
  await expect(page.getByText('纸[灯笼]')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel.getByRole('status')).toHaveText('1 draft written, 0 unchanged, 0 conflicts, 0 refused.');

  await page.goto('/workspace/articles/xliff-lanterns/edit');
  await expect(page.locator('[data-ready]')).toHaveCount(1);
  const target = page.getByRole('textbox', { name: 'Chinese translation of segment 2' });
  await expect(target).toHaveValue('纸[灯笼](https://example.org/lanterns)发出**柔和**的光。');
  await target.focus();
  await page.keyboard.press('Alt+KeyH');
  await expect(page.getByRole('tabpanel')).toContainText('XLIFF file');
});
