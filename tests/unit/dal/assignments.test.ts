import { describe, expect, it } from 'vitest';
import { getArticleWorkspaceOrThrow, importArticle, listArticles } from '@/lib/dal/articles/articles.ts';
import { assignUser, listAssignments, unassignUser } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { disableUser } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

describe('assigning translators', () => {
  it('gives a translator the article, and takes it away again', async () => {
    await importArticle(systemViewer, { markdown: '# Owls\n\nOwls hunt at night.\n', slug: 'owls' });
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    await expect(getArticleWorkspaceOrThrow(translator.viewer, 'owls')).rejects.toBeInstanceOf(NotFoundError);

    await assignUser(reviewer.viewer, 'owls', translator.user.id);
    await assignUser(reviewer.viewer, 'owls', translator.user.id);
    expect((await listAssignments(reviewer.viewer, 'owls')).assigned.map((user) => user.id)).toEqual([translator.user.id]);
    expect((await listArticles(translator.viewer)).map((article) => article.slug)).toEqual(['owls']);
    expect(await getArticleWorkspaceOrThrow(translator.viewer, 'owls')).toMatchObject({ slug: 'owls' });

    await unassignUser(reviewer.viewer, 'owls', translator.user.id);
    await expect(getArticleWorkspaceOrThrow(translator.viewer, 'owls')).rejects.toBeInstanceOf(NotFoundError);
    const actions = await db.auditEvent.findMany({ where: { action: { in: ['article.assign', 'article.unassign'] }, actorId: reviewer.user.id }, select: { action: true } });
    expect(actions.map((event) => event.action).sort()).toEqual(['article.assign', 'article.assign', 'article.unassign']);
  });

  it('is refused to translators, and for disabled users', async () => {
    await importArticle(systemViewer, { markdown: '# Foxes\n\nFoxes are clever.\n', slug: 'foxes' });
    const translator = await makeUser('translator');
    const other = await makeUser('translator');
    await expect(assignUser(translator.viewer, 'foxes', translator.user.id)).rejects.toBeInstanceOf(NotFoundError);
    await disableUser(systemViewer, other.user.id);
    await expect(assignUser(systemViewer, 'foxes', other.user.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.articleAssignment.count({ where: { article: { slug: 'foxes' } } })).toBe(0);
    expect((await listAssignments(systemViewer, 'foxes')).available.map((user) => user.id)).toContain(translator.user.id);
  });
});
