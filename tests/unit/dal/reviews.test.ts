import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { lookupMemory } from '@/lib/dal/memory/memory.ts';
import { approveTranslation, bulkApprove, listReviewQueue, rejectTranslation, reviewEdit } from '@/lib/dal/translating/reviews.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { InvalidTransitionError, NotFoundError, OwnTextApprovalError, StaleVersionError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { makeArticle, notificationsOf, revisionsOf, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';

describe('approving a translation', () => {
  it('approves exactly the version the reviewer saw, as a revision by the reviewer, and tells the translator', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('approve-exact', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '河流随着时间塑造山谷。');

    expect(await approveTranslation(reviewer.viewer, segment!, { version })).toEqual({ text: '河流随着时间塑造山谷。', status: 'approved', version: version + 1 });
    expect((await revisionsOf(segment!)).at(-1)).toEqual({ version: version + 1, text: '河流随着时间塑造山谷。', status: 'approved', origin: 'edit', authorId: reviewer.user.id });
    expect(await notificationsOf(translator.user.id)).toContainEqual(expect.objectContaining({ kind: 'approved', actorId: reviewer.user.id, segmentId: segment }));
    expect(await notificationsOf(reviewer.user.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'translation.approve', actorId: reviewer.user.id, targetId: segment! } })).toBe(1);
  });

  it('refuses an approval of a version that has changed since (an edit raced it), with the current text, and writes nothing', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('approve-stale', undefined, { assign: [translator.user.id] });
    const seen = await translateAndSubmit(translator.viewer, segment!, '初稿。');
    await saveTranslation(translator.viewer, segment!, { text: '改过的稿。', version: seen });
    const before = await revisionsOf(segment!);

    const attempt = approveTranslation(reviewer.viewer, segment!, { version: seen });
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await attempt.catch((error: StaleVersionError) => expect(error.current).toEqual({ text: '改过的稿。', status: 'draft', version: seen + 1 }));
    expect(await translationOf(segment!)).toEqual({ text: '改过的稿。', status: 'draft', version: seen + 1 });
    expect(await revisionsOf(segment!)).toEqual(before);
  });

  it('lets exactly one of two simultaneous decisions on the same version through', async () => {
    const translator = await makeUser('translator');
    const [first, second] = [await makeUser('reviewer'), await makeUser('reviewer')];
    const [segment] = await makeArticle('approve-race', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    const results = await Promise.allSettled([
      approveTranslation(first.viewer, segment!, { version }),
      rejectTranslation(second.viewer, segment!, { version, category: 'fluency', severity: 'minor', comment: '不通顺' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((await revisionsOf(segment!)).filter((revision) => revision.version > version)).toHaveLength(1);
  });

  it('only approves submitted translations', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('approve-draft', undefined, { assign: [translator.user.id] });
    const saved = await saveTranslation(translator.viewer, segment!, { text: '草稿。', version: 0 });
    await expect(approveTranslation(reviewer.viewer, segment!, { version: saved.version })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await translationOf(segment!)).toEqual({ text: '草稿。', status: 'draft', version: saved.version });
  });

  it('refuses translators, even assigned ones, as if the segment did not exist', async () => {
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('approve-translator', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '自己批准？');
    await expect(approveTranslation(translator.viewer, segment!, { version })).rejects.toBeInstanceOf(NotFoundError);
    expect(await translationOf(segment!)).toMatchObject({ status: 'submitted', version });
  });
});

describe('approving your own text', () => {
  it('is refused for the writer of the current text unless the admin allows it', async () => {
    const reviewer = await makeUser('reviewer');
    const admin = await makeUser('admin');
    const [segment] = await makeArticle('own-text');
    const version = await translateAndSubmit(reviewer.viewer, segment!, '我自己翻的。');

    await expect(approveTranslation(reviewer.viewer, segment!, { version })).rejects.toBeInstanceOf(OwnTextApprovalError);
    expect(await translationOf(segment!)).toMatchObject({ status: 'submitted', version });

    await updateSettings(admin.viewer, { 'reviewers.selfApprove': true });
    try {
      expect(await approveTranslation(reviewer.viewer, segment!, { version })).toMatchObject({ status: 'approved' });
    } finally {
      await updateSettings(admin.viewer, { 'reviewers.selfApprove': false });
    }
  });

  it('judges who wrote the words, not who submitted them or who imported them', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('submitted-by-reviewer', undefined, { assign: [translator.user.id] });
    const saved = await saveTranslation(translator.viewer, segment!, { text: '译者写的。', version: 0 });
    const submitted = await changeTranslationStatus(reviewer.viewer, segment!, { event: 'submit', version: saved.version });
    expect(await approveTranslation(reviewer.viewer, segment!, { version: submitted.version })).toMatchObject({ status: 'approved' });

    await importArticle(reviewer.viewer, { markdown: 'Lakes are calm.\n', translation: '湖水很平静。\n', slug: 'imported-by-reviewer' });
    const imported = await db.segment.findFirstOrThrow({ where: { article: { slug: 'imported-by-reviewer' } }, select: { id: true } });
    const kept = await changeTranslationStatus(reviewer.viewer, imported.id, { event: 'submit', version: 1 });
    expect(await approveTranslation(reviewer.viewer, imported.id, { version: kept.version })).toMatchObject({ status: 'approved' });
  });
});

describe('rejecting a translation', () => {
  it('sends it back with feedback attached to the new revision, and tells the translator', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('reject', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '河流塑造山谷。');
    const feedback = { category: 'terminology', severity: 'major', comment: '“valley” 应译作“河谷”。' } as const;

    expect(await rejectTranslation(reviewer.viewer, segment!, { version, ...feedback })).toEqual({ text: '河流塑造山谷。', status: 'rejected', version: version + 1 });
    const notes = await db.reviewNote.findMany({ where: { revision: { translation: { segmentId: segment! } } }, select: { category: true, severity: true, comment: true, reviewerId: true, revision: { select: { version: true, status: true } } } });
    expect(notes).toEqual([{ ...feedback, reviewerId: reviewer.user.id, revision: { version: version + 1, status: 'rejected' } }]);
    const [notification] = await notificationsOf(translator.user.id).then((all) => all.filter((n) => n.kind === 'rejected'));
    expect(JSON.parse(notification!.detail)).toEqual({ version: version + 1, ...feedback });

    // The translator fixes it and resubmits; the same feedback stays in the history.
    const resubmitted = await translateAndSubmit(translator.viewer, segment!, '河流塑造河谷。');
    expect(await approveTranslation(reviewer.viewer, segment!, { version: resubmitted })).toMatchObject({ status: 'approved' });
    expect(await db.reviewNote.count({ where: { revision: { translation: { segmentId: segment! } } } })).toBe(1);
  });

  it('refuses feedback without a known category or a comment, writing nothing', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('reject-invalid', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    await expect(rejectTranslation(reviewer.viewer, segment!, { version, category: 'vibes' as never, severity: 'minor', comment: 'x' })).rejects.toBeInstanceOf(ValidationError);
    await expect(rejectTranslation(reviewer.viewer, segment!, { version, category: 'style', severity: 'minor', comment: '   ' })).rejects.toBeInstanceOf(ValidationError);
    expect(await translationOf(segment!)).toMatchObject({ status: 'submitted', version });
  });
});

describe('a reviewer editing directly', () => {
  it('writes a review_edit revision that stays submitted and sends the translator the before and after', async () => {
    const translator = await makeUser('translator');
    const [reviewer, other] = [await makeUser('reviewer'), await makeUser('reviewer')];
    const [segment] = await makeArticle('review-edit', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '河流随时间塑造山谷。');

    expect(await reviewEdit(reviewer.viewer, segment!, { text: '河流经年累月地塑造山谷。', version: version })).toEqual({
      text: '河流经年累月地塑造山谷。',
      status: 'submitted',
      version: version + 1,
    });
    expect((await revisionsOf(segment!)).at(-1)).toEqual({ version: version + 1, text: '河流经年累月地塑造山谷。', status: 'submitted', origin: 'review_edit', authorId: reviewer.user.id });
    const edits = (await notificationsOf(translator.user.id)).filter((n) => n.kind === 'review_edit');
    expect(edits.map((n) => JSON.parse(n.detail))).toEqual([{ version: version + 1, before: '河流随时间塑造山谷。', after: '河流经年累月地塑造山谷。' }]);

    // The reviewer now wrote the text: another reviewer approves it.
    await expect(approveTranslation(reviewer.viewer, segment!, { version: version + 1 })).rejects.toBeInstanceOf(OwnTextApprovalError);
    expect(await approveTranslation(other.viewer, segment!, { version: version + 1 })).toMatchObject({ status: 'approved' });
  });

  it('is bound to the version seen and only for submitted translations', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('review-edit-stale', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '原文。');
    await expect(reviewEdit(reviewer.viewer, segment!, { text: '改。', version: version - 1 })).rejects.toBeInstanceOf(StaleVersionError);
    await rejectTranslation(reviewer.viewer, segment!, { version, category: 'accuracy', severity: 'critical', comment: '漏译' });
    await expect(reviewEdit(reviewer.viewer, segment!, { text: '改。', version: version + 1 })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await translationOf(segment!)).toEqual({ text: '原文。', status: 'rejected', version: version + 1 });
  });
});

describe('bulk approval', () => {
  it('approves each item at its own version and reports the stale and refused ones without touching them', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [fine, stale, own, draft] = await makeArticle('bulk', ['One.', 'Two.', 'Three.', 'Four.'], { assign: [translator.user.id] });
    const fineVersion = await translateAndSubmit(translator.viewer, fine!, '一。');
    const staleVersion = await translateAndSubmit(translator.viewer, stale!, '二。');
    await saveTranslation(translator.viewer, stale!, { text: '二（改）。', version: staleVersion });
    const ownVersion = await translateAndSubmit(reviewer.viewer, own!, '三。');
    const draftVersion = (await saveTranslation(translator.viewer, draft!, { text: '四。', version: 0 })).version;

    const result = await bulkApprove(reviewer.viewer, {
      items: [
        { segmentId: fine!, version: fineVersion },
        { segmentId: stale!, version: staleVersion },
        { segmentId: own!, version: ownVersion },
        { segmentId: draft!, version: draftVersion },
        { segmentId: 'no-such-segment', version: 1 },
      ],
    });
    expect(result.approved).toEqual([{ segmentId: fine, version: fineVersion + 1 }]);
    expect(result.refused.map(({ segmentId, reason }) => ({ segmentId, reason }))).toEqual([
      { segmentId: stale, reason: 'stale' },
      { segmentId: own, reason: 'own_text' },
      { segmentId: draft, reason: 'invalid_transition' },
      { segmentId: 'no-such-segment', reason: 'not_found' },
    ]);
    expect(result.refused[0]!.current).toEqual({ text: '二（改）。', status: 'draft', version: staleVersion + 1 });
    expect((await translationOf(fine!)).status).toBe('approved');
    expect(await translationOf(stale!)).toEqual({ text: '二（改）。', status: 'draft', version: staleVersion + 1 });
    expect(await translationOf(own!)).toEqual({ text: '三。', status: 'submitted', version: ownVersion });
    expect(await translationOf(draft!)).toEqual({ text: '四。', status: 'draft', version: draftVersion });
  });

  it('is refused whole to translators', async () => {
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('bulk-translator', undefined, { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '译文。');
    await expect(bulkApprove(translator.viewer, { items: [{ segmentId: segment!, version }] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await translationOf(segment!)).toMatchObject({ status: 'submitted', version });
  });
});

describe('the review queue', () => {
  it('lists submitted segments grouped by article, oldest submission first, with text, version, translator and history', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [olderFirst, olderSecond, notSubmitted] = await makeArticle('queue-older', ['A one.', 'A two.', 'A three.'], { assign: [translator.user.id] });
    const [newer] = await makeArticle('queue-newer', ['B one.'], { assign: [translator.user.id] });
    const olderSecondVersion = await translateAndSubmit(translator.viewer, olderSecond!, '甲二。');
    await translateAndSubmit(translator.viewer, newer!, '乙一。');
    const firstVersion = await translateAndSubmit(translator.viewer, olderFirst!, '甲一。');
    await rejectTranslation(reviewer.viewer, olderFirst!, { version: firstVersion, category: 'style', severity: 'minor', comment: '太生硬' });
    await translateAndSubmit(translator.viewer, olderFirst!, '甲一（改）。');
    await saveTranslation(translator.viewer, notSubmitted!, { text: '甲三。', version: 0 });

    const queue = (await listReviewQueue(reviewer.viewer)).filter((group) => group.article.slug.startsWith('queue-'));
    expect(queue.map((group) => ({ slug: group.article.slug, segments: group.items.map((item) => item.segmentId) }))).toEqual([
      { slug: 'queue-older', segments: [olderSecond, olderFirst] },
      { slug: 'queue-newer', segments: [newer] },
    ]);
    const [second, first] = queue[0]!.items;
    expect(second).toMatchObject({ source: 'A two.', text: '甲二。', version: olderSecondVersion, translator: { name: translator.user.name } });
    expect(first!.history.map((entry) => entry.status)).toEqual(['submitted', 'draft', 'rejected', 'submitted', 'draft']);
    expect(first!.history[2]!.notes).toEqual([expect.objectContaining({ category: 'style', severity: 'minor', comment: '太生硬', reviewer: { name: reviewer.user.name } })]);
  });

  it('is not shown to translators', async () => {
    const translator = await makeUser('translator');
    await expect(listReviewQueue(translator.viewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReviewQueue(systemViewer)).resolves.toBeInstanceOf(Array);
  });
});

describe('approving feeds the translation memory', () => {
  it('stores the approved pair, found by an exact lookup of its English', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('memory-feed', ['Lighthouses guide ships through the night.'], { assign: [translator.user.id] });
    const version = await translateAndSubmit(translator.viewer, segment!, '灯塔在夜里为船只引路。');
    expect((await lookupMemory(translator.viewer, 'Lighthouses guide ships through the night.')).matches).toEqual([]);
    await approveTranslation(reviewer.viewer, segment!, { version });
    const { matches } = await lookupMemory(translator.viewer, 'Lighthouses guide ships through the night.');
    expect(matches[0]).toMatchObject({ source: 'Lighthouses guide ships through the night.', target: '灯塔在夜里为船只引路。', score: 100 });
  });
});
