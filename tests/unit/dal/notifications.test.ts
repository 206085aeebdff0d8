import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { addComment } from '@/lib/dal/translating/comments.ts';
import { countUnread, listNotifications, markRead } from '@/lib/dal/accounts/notifications.ts';
import { approveTranslation, rejectTranslation } from '@/lib/dal/translating/reviews.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { submitAll } from '@/lib/dal/translating/bulk-decisions.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion as currentVersionOf, makeArticle, notificationsOf, translateAndSubmit } from '../../support/review-fixtures.ts';

describe('notifications', () => {
  it('show a rejection with its feedback to the translator, who can mark it read', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('notify-reject', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    await rejectTranslation(reviewer.viewer, segment!, { version, category: 'accuracy', severity: 'critical', comment: '意思反了' });

    const unread = await listNotifications(translator.viewer, { unreadOnly: true });
    expect(unread.map(({ kind, actor, article, segmentId, detail }) => ({ kind, actor, article, segmentId, detail }))).toEqual([
      { kind: 'rejected', actor: { name: reviewer.user.name }, article: { slug: 'notify-reject', title: 'notify-reject' }, segmentId: segment, detail: { version: version + 1, category: 'accuracy', severity: 'critical', comment: '意思反了' } },
      { kind: 'assigned', actor: null, article: { slug: 'notify-reject', title: 'notify-reject' }, segmentId: null, detail: {} },
    ]);
    expect(await countUnread(translator.viewer)).toBe(2);

    // Someone else's ids change nothing; one's own are marked read.
    expect(await markRead(reviewer.viewer, [unread[0]!.id])).toEqual({ count: 0 });
    expect(await markRead(translator.viewer, [unread[0]!.id])).toEqual({ count: 1 });
    expect(await countUnread(translator.viewer)).toBe(1);
    expect((await listNotifications(translator.viewer)).map((n) => n.readAt === null)).toEqual([false, true]);
    expect(await markRead(translator.viewer, 'all')).toEqual({ count: 1 });
    expect(await countUnread(translator.viewer)).toBe(0);
    await expect(markRead(translator.viewer, [])).rejects.toBeInstanceOf(ValidationError);
  });

  it('tell mentioned users who may see the article, never the author or outsiders', async () => {
    const author = await makeUser('reviewer');
    const colleague = await makeUser('reviewer');
    const outsider = await makeUser('translator');
    const [segment] = await makeArticle('notify-mention');
    await addComment(author.viewer, segment!, { body: `@${author.email} @${colleague.email} @${outsider.email} please look` });

    expect(await notificationsOf(colleague.user.id)).toEqual([
      expect.objectContaining({ kind: 'mention', actorId: author.user.id, segmentId: segment }),
    ]);
    expect(JSON.parse((await notificationsOf(colleague.user.id))[0]!.detail)).toMatchObject({ excerpt: expect.stringContaining('please look') });
    expect(await notificationsOf(author.user.id)).toEqual([]);
    expect(await notificationsOf(outsider.user.id)).toEqual([]);
  });

  it('tell the writer of a translation whose English changed, once per update', async () => {
    const translator = await makeUser('translator');
    const importer = await makeUser('reviewer');
    await importArticle(importer.viewer, { markdown: 'One.\n\nTwo.\n\nThree.\n', slug: 'notify-outdated' });
    await assignUser(systemViewer, 'notify-outdated', translator.user.id);
    const { db } = await import('@/lib/dal/core/db.ts');
    const segments = await db.segment.findMany({ where: { article: { slug: 'notify-outdated' } }, orderBy: { position: 'asc' }, select: { id: true } });
    for (const [index, { id }] of segments.entries()) await saveTranslation(translator.viewer, id, { text: `第${index + 1}段。`, version: 0 });

    await updateArticleSource(importer.viewer, 'notify-outdated', 'One, changed.\n\nTwo, changed.\n\nThree.\n');
    const outdated = (await notificationsOf(translator.user.id)).filter((n) => n.kind === 'outdated');
    expect(outdated).toHaveLength(1);
    expect(outdated[0]).toMatchObject({ actorId: importer.user.id, segmentId: segments[0]!.id });
    expect(JSON.parse(outdated[0]!.detail)).toEqual({ count: 2, segmentIds: [segments[0]!.id, segments[1]!.id] });
    expect(await notificationsOf(importer.user.id)).toEqual([]);
  });

  it('tell a translator when they are assigned, not again when assigned twice', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    await makeArticle('notify-assign');
    await assignUser(reviewer.viewer, 'notify-assign', translator.user.id);
    await assignUser(reviewer.viewer, 'notify-assign', translator.user.id);
    expect(await notificationsOf(translator.user.id)).toEqual([expect.objectContaining({ kind: 'assigned', actorId: reviewer.user.id, segmentId: null })]);
  });

  it('are not sent to the actor: a reviewer rejecting their own text is not notified', async () => {
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('notify-self');
    const version = await translateAndSubmit(reviewer.viewer, segment!, '自己的译文。');
    await rejectTranslation(reviewer.viewer, segment!, { version, category: 'style', severity: 'minor', comment: '再改改' });
    expect(await notificationsOf(reviewer.user.id)).toEqual([]);
  });

  it('gather one reviewer’s approvals into one unread notification with a count, so a rejection stays in sight', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const segments = await makeArticle('notify-grouped', ['One.', 'Two.', 'Three.', 'Four.'], { assign: [translator.user.id] });
    const versions = [];
    for (const [index, segment] of segments.entries()) versions.push(await translateAndSubmit(translator.viewer, segment, `第${index + 1}段。`));
    await approveTranslation(reviewer.viewer, segments[0]!, { version: versions[0]! });
    await approveTranslation(reviewer.viewer, segments[1]!, { version: versions[1]! });
    await rejectTranslation(reviewer.viewer, segments[2]!, { version: versions[2]!, category: 'accuracy', severity: 'major', comment: '漏译' });
    await approveTranslation(reviewer.viewer, segments[3]!, { version: versions[3]! });

    const listed = (await listNotifications(translator.viewer, { unreadOnly: true })).filter((notice) => notice.kind !== 'assigned');
    expect(listed.map(({ kind, segmentId, detail }) => ({ kind, segmentId, detail }))).toEqual([
      // Three approvals, one notification leading to the article; the newest approval moved it up.
      { kind: 'approved', segmentId: null, detail: { count: 3 } },
      { kind: 'rejected', segmentId: segments[2], detail: expect.objectContaining({ comment: '漏译' }) },
    ]);
    // Once read, the next approval starts a new notification.
    await markRead(translator.viewer, 'all');
    const more = await makeArticle('notify-grouped-2', ['Five.'], { assign: [translator.user.id] });
    await approveTranslation(reviewer.viewer, more[0]!, { version: await translateAndSubmit(translator.viewer, more[0]!, '第五段。') });
    expect((await notificationsOf(translator.user.id)).filter((notice) => notice.kind === 'approved')).toHaveLength(2);
  });

  it('tell the reviewer who rejected a translation when it is sent back for review, one notification for a bulk submit', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const other = await makeUser('reviewer');
    const segments = await makeArticle('notify-resubmit', ['One.', 'Two.', 'Three.'], { assign: [translator.user.id] });
    const versions = [];
    for (const [index, segment] of segments.entries()) versions.push(await translateAndSubmit(translator.viewer, segment, `第${index + 1}段。`));
    const rejected = await rejectTranslation(reviewer.viewer, segments[0]!, { version: versions[0]!, category: 'accuracy', severity: 'major', comment: '再看看' });
    await approveTranslation(other.viewer, segments[1]!, { version: versions[1]! });

    // A fix of the rejected one, submitted on its own: its reviewer is told, and nobody else.
    const fixed = await saveTranslation(translator.viewer, segments[0]!, { text: '第一段。', version: rejected.version });
    await changeTranslationStatus(translator.viewer, segments[0]!, { event: 'submit', version: fixed.version });
    expect((await notificationsOf(reviewer.user.id)).map(({ kind, actorId, segmentId }) => ({ kind, actorId, segmentId }))).toEqual([
      { kind: 'resubmitted', actorId: translator.user.id, segmentId: segments[0] },
    ]);
    expect(await notificationsOf(other.user.id)).toEqual([]);

    // Rejected again, and another one too; one submit-all sends both back: the unread notice counts them.
    const submittedAgain = await currentVersionOf(segments[0]!);
    await rejectTranslation(reviewer.viewer, segments[0]!, { version: submittedAgain, category: 'style', severity: 'minor', comment: '语气' });
    await rejectTranslation(reviewer.viewer, segments[2]!, { version: versions[2]!, category: 'style', severity: 'minor', comment: '语气' });
    expect((await submitAll(translator.viewer, 'notify-resubmit')).submitted).toHaveLength(2);
    const notices = (await notificationsOf(reviewer.user.id)).filter((notice) => notice.kind === 'resubmitted');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ segmentId: null });
    expect(JSON.parse(notices[0]!.detail)).toEqual({ count: 3 });
  });
});
