import { describe, expect, it } from 'vitest';
import { getArticleWorkspaceOrThrow, importArticle } from '@/lib/dal/articles/articles.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow } from '@/lib/dal/publishing/reading.ts';
import { getEditorArticleOrThrow } from '@/lib/dal/translating/editor.ts';
import { exportChineseMarkdown } from '@/lib/domain/export/chinese-markdown.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

/*
 * An article far larger than one query may bind values for (SQLite's limit in Prisma is 999, and
 * relations are loaded with one value per row): every loader reads its segments page by page.
 */
const count = 5000;
const english = ['# A Long Guide', ...Array.from({ length: count - 1 }, (_, index) => `Paragraph ${index + 1} is about rivers.`)].join('\n\n') + '\n';
const chinese = ['# 一份长指南', ...Array.from({ length: count - 1 }, (_, index) => `第 ${index + 1} 段讲的是河流。`)].join('\n\n') + '\n';

describe(`an article of ${count} segments`, () => {
  it('opens in the workspace and the editor, exports, publishes for readers and unpublishes', async () => {
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

    await unpublishArticle(admin.viewer, 'long-guide');
    await expect(getPublishedArticleOrThrow('long-guide')).rejects.toBeInstanceOf(NotFoundError);
  }, 180_000);
});
