import { describe, expect, it } from 'vitest';
import { assignUser, unassignUser } from '@/lib/dal/articles/assignments.ts';
import { addComment } from '@/lib/dal/translating/comments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { countUnread, listNotifications } from '@/lib/dal/accounts/notifications.ts';
import { rejectTranslation, reviewEdit } from '@/lib/dal/translating/reviews.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { makeUser } from '../support/factories.ts';
import { makeArticle, notificationsOf, translateAndSubmit } from '../support/review-fixtures.ts';

/*
 * Mentions and notifications tell people about an article: its title and slug, a reviewer's edit
 * (the text before and after), feedback. Only people who may open the article are told, checked
 * when the notification is made and again when it is read; and a mention does not reveal which
 * addresses have accounts.
 */

const feedback = { category: 'accuracy', severity: 'major', comment: '意思不对，见原文第二句' } as const;

describe('mentions', () => {
  it('return only the users who were notified, so they do not enumerate accounts', async () => {
    const author = await makeUser('reviewer');
    const colleague = await makeUser('admin');
    const outsider = await makeUser('translator');
    const leaver = await makeUser('reviewer');
    await db.user.update({ where: { id: leaver.user.id }, data: { disabledAt: new Date() } });
    const [segment] = await makeArticle(`mention-enum-${crypto.randomUUID().slice(0, 8)}`);
    const body = `@${author.email} @${outsider.email} @${leaver.email} @nobody@example.test @${colleague.email} please look`;

    const created = await addComment(author.viewer, segment!, { body });
    expect(created.mentionedUserIds).toEqual([colleague.user.id]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'comment.create', targetId: created.id }, select: { detail: true } });
    expect(JSON.parse(event.detail).mentionedUserIds).toEqual([colleague.user.id]);
    expect(await notificationsOf(outsider.user.id)).toEqual([]);
  });
});

describe('notifications after access is removed', () => {
  it('are not made: an unassigned translator is not sent the reviewer’s edit or feedback', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const slug = `unassigned-writer-${crypto.randomUUID().slice(0, 8)}`;
    const [segment] = await makeArticle(slug, undefined, { assign: [translator.user.id] });
    const submitted = await translateAndSubmit(translator.viewer, segment!, '河流慢慢塑造山谷。');
    await unassignUser(systemViewer, slug, translator.user.id);

    const edited = await reviewEdit(reviewer.viewer, segment!, { text: '河流随时间塑造山谷。', version: submitted });
    await rejectTranslation(reviewer.viewer, segment!, { version: edited.version, ...feedback });
    await addComment(reviewer.viewer, segment!, { body: `@${translator.email} 请看` });

    const kinds = (await notificationsOf(translator.user.id)).map((notification) => notification.kind);
    expect(kinds).toEqual(['assigned']);
  });

  it('are not shown: what a translator was told about an article disappears when they are unassigned', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const slug = `unassigned-reader-${crypto.randomUUID().slice(0, 8)}`;
    const [segment] = await makeArticle(slug, undefined, { assign: [translator.user.id] });
    const submitted = await translateAndSubmit(translator.viewer, segment!, '河流慢慢塑造山谷。');
    const edited = await reviewEdit(reviewer.viewer, segment!, { text: '河流随时间塑造山谷。', version: submitted });
    await rejectTranslation(reviewer.viewer, segment!, { version: edited.version, ...feedback });
    const [other] = await makeArticle(`still-assigned-${crypto.randomUUID().slice(0, 8)}`, undefined, { assign: [translator.user.id] });
    expect(other).toBeDefined();
    expect((await listNotifications(translator.viewer)).map((item) => item.kind)).toEqual(['assigned', 'rejected', 'review_edit', 'assigned']);

    await unassignUser(systemViewer, slug, translator.user.id);
    const listed = await listNotifications(translator.viewer);
    expect(listed.map((item) => item.kind)).toEqual(['assigned']);
    expect(JSON.stringify(listed)).not.toContain(slug);
    expect(JSON.stringify(listed)).not.toContain('意思不对');
    expect(JSON.stringify(listed)).not.toContain('河流');
    expect(await countUnread(translator.viewer)).toBe(1);

    // Assigned again, they may open the article again, and see what they were told about it.
    await assignUser(systemViewer, slug, translator.user.id);
    expect((await listNotifications(translator.viewer)).map((item) => item.kind)).toContain('rejected');
  });
});
