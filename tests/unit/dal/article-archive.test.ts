import { describe, expect, it } from 'vitest';
import { archiveArticle, deleteArticle, unarchiveArticle } from '@/lib/dal/articles/archive.ts';
import { getArticleWorkspaceOrThrow } from '@/lib/dal/articles/articles.ts';
import { workspaceDashboard } from '@/lib/dal/articles/dashboard.ts';
import { db } from '@/lib/dal/core/db.ts';
import { publishArticle } from '@/lib/dal/publishing/publish.ts';
import { getPublishedArticleOrThrow } from '@/lib/dal/publishing/reading.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { makeArticle, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';

const slugsOf = async (viewer: Parameters<typeof workspaceDashboard>[0], filter: Parameters<typeof workspaceDashboard>[1]) =>
  (await workspaceDashboard(viewer, filter)).items.map((item) => item.slug);

describe('archiving an article', () => {
  it('takes it out of the lists and out of reach of changes, and unarchiving brings it back as it was', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('archive-me', ['Archive this.'], { assign: [translator.user.id] });
    await saveTranslation(translator.viewer, segment!, { text: '归档。', version: 0 });

    const { archivedAt } = await archiveArticle(admin.viewer, 'archive-me');
    expect(archivedAt).toBeInstanceOf(Date);
    expect(await slugsOf(admin.viewer, 'all')).not.toContain('archive-me');
    expect(await slugsOf(admin.viewer, 'archived')).toContain('archive-me');
    expect(await slugsOf(translator.viewer, 'all')).toEqual([]);
    // Shown on its page (read only), refused to every change.
    expect((await getArticleWorkspaceOrThrow(admin.viewer, 'archive-me')).archivedAt).toEqual(archivedAt);
    await expect(saveTranslation(translator.viewer, segment!, { text: '改。', version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishArticle(admin.viewer, 'archive-me')).rejects.toThrow(/archived/);
    await expect(archiveArticle(admin.viewer, 'archive-me')).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await translationOf(segment!)).toMatchObject({ text: '归档。', version: 1 });

    await unarchiveArticle(admin.viewer, 'archive-me');
    expect(await slugsOf(translator.viewer, 'all')).toEqual(['archive-me']);
    expect((await saveTranslation(translator.viewer, segment!, { text: '改。', version: 1 })).version).toBe(2);
    expect(await db.auditEvent.findMany({ where: { actorId: admin.user.id }, orderBy: { createdAt: 'asc' }, select: { action: true } })).toEqual([
      { action: 'article.archive' },
      { action: 'article.unarchive' },
    ]);
  });

  it('leaves a published article readable', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('archive-published', ['Published then archived.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '发布后归档。');
    await approveTranslation(admin.viewer, segment!, { version });
    await publishArticle(admin.viewer, 'archive-published');
    await archiveArticle(admin.viewer, 'archive-published');
    expect((await getPublishedArticleOrThrow('archive-published')).slug).toBe('archive-published');
  });

  it('is refused to reviewers and translators, and changes nothing', async () => {
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    await makeArticle('archive-refused', ['Stay.'], { assign: [translator.user.id] });
    for (const { viewer } of [reviewer, translator]) {
      await expect(archiveArticle(viewer, 'archive-refused')).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteArticle(viewer, 'archive-refused', { confirm: 'archive-refused' })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.article.findUnique({ where: { slug: 'archive-refused' }, select: { archivedAt: true } })).toEqual({ archivedAt: null });
  });
});

describe('deleting an article', () => {
  it('needs the slug typed to confirm, then removes the article with its segments, history and publications', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('delete-me', ['Delete this.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '删除。');
    await approveTranslation(admin.viewer, segment!, { version });
    await publishArticle(admin.viewer, 'delete-me');
    const article = await db.article.findUniqueOrThrow({ where: { slug: 'delete-me' }, select: { id: true } });

    await expect(deleteArticle(admin.viewer, 'delete-me', { confirm: 'delete' })).rejects.toBeInstanceOf(ValidationError);
    await expect(deleteArticle(admin.viewer, 'delete-me', {} as { confirm: string })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.article.count({ where: { slug: 'delete-me' } })).toBe(1);

    expect(await deleteArticle(admin.viewer, 'delete-me', { confirm: 'delete-me' })).toEqual({ slug: 'delete-me', wasPublished: true });
    expect(await db.article.count({ where: { slug: 'delete-me' } })).toBe(0);
    expect(await db.segment.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.revision.count({ where: { translation: { segmentId: segment! } } })).toBe(0);
    expect(await db.publication.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.notification.count({ where: { articleId: article.id } })).toBe(0);
    await expect(getPublishedArticleOrThrow('delete-me')).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.findFirst({ where: { action: 'article.delete', targetId: article.id }, select: { actorId: true, detail: true } })).toMatchObject({
      actorId: admin.user.id,
    });
    await expect(deleteArticle(admin.viewer, 'delete-me', { confirm: 'delete-me' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
