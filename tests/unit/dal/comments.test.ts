import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { addComment, countUnresolvedComments, listComments, setCommentResolved } from '@/lib/dal/translating/comments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const markdown = '# Tides\n\nThe moon pulls the sea.\n\nTwice a day the water rises.\n';

async function article(slug: string) {
  await importArticle(systemViewer, { markdown, slug });
  const segments = await db.segment.findMany({ where: { article: { slug }, kind: 'paragraph' }, orderBy: { position: 'asc' }, select: { id: true } });
  const [first, second] = segments.map((segment) => segment.id);
  if (!first || !second) throw new Error('expected two paragraphs');
  return { first, second };
}

const stored = (segmentId: string) =>
  db.comment.findMany({
    where: { segmentId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, body: true, authorId: true, parentId: true, resolvedAt: true, resolvedById: true },
  });

describe('commenting on a segment', () => {
  it('stores threads and replies; a reply to a reply joins the thread', async () => {
    const { first } = await article('tides');
    const { viewer, user } = await makeUser('reviewer');
    const thread = await addComment(viewer, first, { body: '  “pulls” sounds too literal.  ' });
    const reply = await addComment(viewer, first, { body: 'Agreed.', parentId: thread.id });
    const nested = await addComment(viewer, first, { body: 'Changed it.', parentId: reply.id });
    const other = await addComment(viewer, first, { body: 'Check the title too.' });

    expect(await stored(first)).toEqual([
      { id: thread.id, body: '“pulls” sounds too literal.', authorId: user.id, parentId: null, resolvedAt: null, resolvedById: null },
      { id: reply.id, body: 'Agreed.', authorId: user.id, parentId: thread.id, resolvedAt: null, resolvedById: null },
      { id: nested.id, body: 'Changed it.', authorId: user.id, parentId: thread.id, resolvedAt: null, resolvedById: null },
      { id: other.id, body: 'Check the title too.', authorId: user.id, parentId: null, resolvedAt: null, resolvedById: null },
    ]);
    expect(await db.auditEvent.count({ where: { action: 'comment.create', actorId: user.id } })).toBe(4);

    const threads = await listComments(viewer, first);
    expect(threads.map((t) => ({ id: t.id, author: t.author, replies: t.replies.map((r) => r.body) }))).toEqual([
      { id: thread.id, author: { name: user.name }, replies: ['Agreed.', 'Changed it.'] },
      { id: other.id, author: { name: user.name }, replies: [] },
    ]);
  });

  it('refuses a parent on another segment, leaving nothing written', async () => {
    const { first, second } = await article('tides-parent');
    const { viewer } = await makeUser('reviewer');
    const thread = await addComment(viewer, first, { body: 'On the first paragraph.' });
    await expect(addComment(viewer, second, { body: 'Misplaced reply.', parentId: thread.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored(second)).toEqual([]);
  });

  it('resolves mentions to active users by e-mail (any case) or exact name', async () => {
    const { first } = await article('tides-mentions');
    const author = await makeUser('reviewer');
    // Reviewers, who may see every article: only users who are notified are returned.
    const byEmail = await makeUser('reviewer');
    const byName = await makeUser('reviewer');
    const disabled = await makeUser('reviewer');
    await db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    const renamed = 'Mei_Lin';
    await db.user.update({ where: { id: byName.user.id }, data: { name: renamed } });

    const body = `@${byEmail.email.toUpperCase()} and @${renamed}, see \`@${renamed.toLowerCase()}\`; not @${disabled.email} or @mei_lin or @nobody`;
    const created = await addComment(author.viewer, first, { body });
    expect(created.mentionedUserIds).toEqual([byEmail.user.id, byName.user.id]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'comment.create', targetId: created.id }, select: { detail: true } });
    expect(JSON.parse(event.detail)).toMatchObject({ mentionedUserIds: [byEmail.user.id, byName.user.id] });
  });

  it('is refused to an unassigned translator, and for an empty or oversized body, writing nothing', async () => {
    const { first } = await article('tides-refused');
    const translator = await makeUser('translator');
    await expect(addComment(translator.viewer, first, { body: 'Not my article.' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listComments(translator.viewer, first)).rejects.toBeInstanceOf(NotFoundError);
    await expect(countUnresolvedComments(translator.viewer, 'tides-refused')).rejects.toBeInstanceOf(NotFoundError);

    const reviewer = await makeUser('reviewer');
    await expect(addComment(reviewer.viewer, first, { body: '   ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(addComment(reviewer.viewer, first, { body: '长'.repeat(5001) })).rejects.toBeInstanceOf(ValidationError);
    await expect(addComment(reviewer.viewer, first, { body: 'Hi', resolved: true } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(await stored(first)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'comment.create', actorId: { in: [translator.user.id, reviewer.user.id] } } })).toBe(0);

    const thread = await addComment(reviewer.viewer, first, { body: 'Open question.' });
    await expect(setCommentResolved(translator.viewer, thread.id, true)).rejects.toBeInstanceOf(NotFoundError);
    expect((await stored(first))[0]?.resolvedAt).toBeNull();

    const articleRow = await db.article.findUniqueOrThrow({ where: { slug: 'tides-refused' }, select: { id: true } });
    await db.articleAssignment.create({ data: { articleId: articleRow.id, userId: translator.user.id } });
    await addComment(translator.viewer, first, { body: 'Now I can.', parentId: thread.id });
    expect(await countUnresolvedComments(translator.viewer, 'tides-refused')).toBe(1);
  });
});

describe('resolving a thread', () => {
  it('records who resolved it, reopens it, and keeps the unresolved count', async () => {
    const { first, second } = await article('tides-resolve');
    const { viewer, user } = await makeUser('reviewer');
    const one = await addComment(viewer, first, { body: 'First thread.' });
    const reply = await addComment(viewer, first, { body: 'A reply.', parentId: one.id });
    await addComment(viewer, second, { body: 'Second thread.' });
    expect(await countUnresolvedComments(viewer, 'tides-resolve')).toBe(2);

    expect(await setCommentResolved(viewer, one.id, true)).toEqual({ resolved: true });
    expect((await stored(first))[0]).toMatchObject({ resolvedAt: expect.any(Date), resolvedById: user.id });
    expect(await countUnresolvedComments(viewer, 'tides-resolve')).toBe(1);
    expect((await listComments(viewer, first))[0]?.resolvedAt).toEqual(expect.any(Date));

    await setCommentResolved(viewer, one.id, true);
    expect(await db.auditEvent.count({ where: { action: 'comment.resolve', targetId: one.id } })).toBe(1);

    await setCommentResolved(viewer, one.id, false);
    expect((await stored(first))[0]).toMatchObject({ resolvedAt: null, resolvedById: null });
    expect(await db.auditEvent.count({ where: { action: 'comment.unresolve', targetId: one.id, actorId: user.id } })).toBe(1);
    expect(await countUnresolvedComments(viewer, 'tides-resolve')).toBe(2);

    await expect(setCommentResolved(viewer, reply.id, true)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('counts only threads on current segments', async () => {
    const { first } = await article('tides-archived');
    const { viewer } = await makeUser('reviewer');
    await addComment(viewer, first, { body: 'On a paragraph that will go.' });
    await db.segment.update({ where: { id: first }, data: { archivedAt: new Date() } });
    expect(await countUnresolvedComments(viewer, 'tides-archived')).toBe(0);
  });
});
