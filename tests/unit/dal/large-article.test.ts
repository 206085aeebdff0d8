import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticleWorkspaceOrThrow, importArticle } from '@/lib/dal/articles/articles.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow } from '@/lib/dal/publishing/reading.ts';
import { getEditorArticleOrThrow } from '@/lib/dal/translating/editor.ts';
import { exportChineseMarkdown } from '@/lib/domain/export/chinese-markdown.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { syncSite, withdrawArticle } from '@/lib/site/sync.ts';
import { makeUser } from '../../support/factories.ts';

/*
 * An article far larger than one query may bind values for (SQLite's limit in Prisma is 999, and
 * relations are loaded with one value per row): every loader reads its segments page by page.
 */
const count = 5000;
const english = ['# A Long Guide', ...Array.from({ length: count - 1 }, (_, index) => `Paragraph ${index + 1} is about rivers.`)].join('\n\n') + '\n';
const chinese = ['# 一份长指南', ...Array.from({ length: count - 1 }, (_, index) => `第 ${index + 1} 段讲的是河流。`)].join('\n\n') + '\n';

describe(`an article of ${count} segments`, () => {
  it('opens in the workspace and the editor, exports, publishes as a page of the reading site and unpublishes', async () => {
    const admin = await makeUser('admin');
    await importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'long-guide' }, { approveImported: true });

    const workspace = await getArticleWorkspaceOrThrow(admin.viewer, 'long-guide');
    expect(workspace.segments.map((segment) => segment.position)).toEqual(Array.from({ length: count }, (_, index) => index));
    const editor = await getEditorArticleOrThrow(admin.viewer, 'long-guide');
    expect(editor.segments).toHaveLength(count);
    expect(editor.segments.at(-1)).toMatchObject({ source: `Paragraph ${count - 1} is about rivers.` });
    expect(exportChineseMarkdown(await getArticleExportOrThrow(admin.viewer, 'long-guide'), { untranslated: 'omit' })).toBe(chinese);

    expect(await publishArticle(admin.viewer, 'long-guide')).toMatchObject({ number: 1 });
    const published = await getPublishedArticleOrThrow('long-guide');
    expect(published.pairs).toHaveLength(count);
    expect(published.pairs.at(-1)).toMatchObject({ position: count, source: `Paragraph ${count - 1} is about rivers.`, target: `第 ${count - 1} 段讲的是河流。` });

    const site = mkdtempSync(path.join(os.tmpdir(), 'duet-large-site-'));
    try {
      expect((await syncSite({ directory: site })).built).toContain('long-guide');
      const page = readFileSync(path.join(site, 'articles/long-guide.html'), 'utf8');
      // The title is the page's header; every other segment is a row with its permalink.
      expect(page.match(/ id="p-\d+"/g)).toHaveLength(count - 1);
      expect(page).toContain(`第 ${count - 1} 段讲的是河流。`);

      await unpublishArticle(admin.viewer, 'long-guide');
      await withdrawArticle('long-guide', { directory: site });
      expect(existsSync(path.join(site, 'articles/long-guide.html'))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
    await expect(getPublishedArticleOrThrow('long-guide')).rejects.toBeInstanceOf(NotFoundError);
  }, 180_000);
});
