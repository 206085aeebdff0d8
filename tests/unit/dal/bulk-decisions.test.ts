import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser, assignUserByEmail, listAssignments, unassignUserByEmail } from '@/lib/dal/articles/assignments.ts';
import { db } from '@/lib/dal/core/db.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { lookupMemory } from '@/lib/dal/memory/memory.ts';
import { approveAll, submitAll } from '@/lib/dal/translating/bulk-decisions.ts';
import { listPublishBlockers, waiveFinding } from '@/lib/dal/translating/quality.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { NotFoundError, OwnTextApprovalError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion, makeArticle, notificationsOf, revisionsOf, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';

const statuses = async (segmentIds: readonly string[]) => Promise.all(segmentIds.map(async (id) => (await translationOf(id)).status));

describe('submitting all', () => {
  it('sends every draft and rejected translation for review, leaves the rest, and counts what it skipped', async () => {
    const translator = await makeUser('translator');
    const segments = await makeArticle('submit-all', ['One river.', 'Two rivers.', 'Three rivers.', 'Four rivers.'], { assign: [translator.user.id] });
    const [draft, submitted, empty, untouched] = segments as [string, string, string, string];
    await saveTranslation(translator.viewer, draft, { text: '一条河。', version: 0 });
    await translateAndSubmit(translator.viewer, submitted, '两条河。');
    await saveTranslation(translator.viewer, empty, { text: '   ', version: 0 });

    const result = await submitAll(translator.viewer, 'submit-all');

    expect(result.submitted).toEqual([{ segmentId: draft, version: 2 }]);
    expect(result.skipped.toSorted()).toEqual([empty, untouched].toSorted());
    expect(await statuses(segments)).toEqual(['submitted', 'submitted', 'draft', 'untranslated']);
    expect((await revisionsOf(draft)).at(-1)).toEqual({ version: 2, text: '一条河。', status: 'submitted', origin: 'edit', authorId: translator.user.id });
    expect(await db.auditEvent.count({ where: { action: 'translation.submit_all', actorId: translator.user.id } })).toBe(1);
  });

  it('limits itself to the listed segments (the editor filter)', async () => {
    const translator = await makeUser('translator');
    const segments = await makeArticle('submit-some', ['One lake.', 'Two lakes.'], { assign: [translator.user.id] });
    for (const [index, id] of segments.entries()) await saveTranslation(translator.viewer, id, { text: `湖${index}。`, version: 0 });
    const result = await submitAll(translator.viewer, 'submit-some', { segmentIds: [segments[1]!] });
    expect(result.submitted.map((item) => item.segmentId)).toEqual([segments[1]]);
    expect(await statuses(segments)).toEqual(['draft', 'submitted']);
  });

  it('is "not found" for a translator not assigned to the article, and changes nothing', async () => {
    const stranger = await makeUser('translator');
    const [segment] = await makeArticle('submit-stranger');
    await saveTranslation(systemViewer, segment!, { text: '译文。', version: 0 });
    await expect(submitAll(stranger.viewer, 'submit-stranger')).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAll(stranger.viewer, 'no-such-article')).rejects.toBeInstanceOf(NotFoundError);
    expect((await translationOf(segment!)).status).toBe('draft');
  });

  it('refuses a malformed scope with a clear error', async () => {
    const translator = await makeUser('translator');
    await makeArticle('submit-bad', undefined, { assign: [translator.user.id] });
    await expect(submitAll(translator.viewer, 'submit-bad', { segmentIds: [] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('approving all', () => {
  it('approves each clean submitted translation at its version, and lists own text and unwaived errors as skipped', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const segments = await makeArticle('approve-all', ['Rivers shape valleys.', 'Bridges last 300 years.', 'Lakes are deep.', 'Seas are wide.'], {
      assign: [translator.user.id],
    });
    const [clean, wrongNumber, own, draft] = segments as [string, string, string, string];
    const cleanVersion = await translateAndSubmit(translator.viewer, clean, '河流塑造山谷。');
    await translateAndSubmit(translator.viewer, wrongNumber, '桥能用 200 年。');
    await translateAndSubmit(reviewer.viewer, own, '湖很深。');
    await saveTranslation(translator.viewer, draft, { text: '海很宽。', version: 0 });

    const result = await approveAll(reviewer.viewer, 'approve-all');

    expect(result.approved).toEqual([{ segmentId: clean, version: cleanVersion + 1 }]);
    expect(result.skipped).toEqual([
      { segmentId: wrongNumber, reason: 'quality_error', message: expect.stringContaining('numbers'), checks: ['numbers'] },
      { segmentId: own, reason: 'own_text', message: expect.stringMatching(/another reviewer/) },
    ]);
    expect(await statuses(segments)).toEqual(['approved', 'submitted', 'submitted', 'draft']);
    expect((await revisionsOf(clean)).at(-1)).toEqual({ version: cleanVersion + 1, text: '河流塑造山谷。', status: 'approved', origin: 'edit', authorId: reviewer.user.id });
    // As a single approval does: the pair goes into the memory, the translator is told (once), the audit log has one row.
    expect((await lookupMemory(reviewer.viewer, 'Rivers shape valleys.')).matches[0]).toMatchObject({ target: '河流塑造山谷。', score: 100 });
    expect((await notificationsOf(translator.user.id)).filter((notice) => notice.kind === 'approved')).toEqual([
      expect.objectContaining({ actorId: reviewer.user.id, detail: JSON.stringify({ count: 1 }) }),
    ]);
    expect(await db.auditEvent.count({ where: { action: 'translation.approve_all', actorId: reviewer.user.id } })).toBe(1);
  });

  it('approves a waived error, and the reviewer\'s own text when self-approval is on', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [numbered, own] = (await makeArticle('approve-waived', ['Bridges last 300 years.', 'Lakes are deep.'], { assign: [translator.user.id] })) as [string, string];
    const version = await translateAndSubmit(translator.viewer, numbered, '桥能用几百年。');
    await waiveFinding(reviewer.viewer, numbered, { version, checkId: 'numbers', reason: '意译' });
    await translateAndSubmit(reviewer.viewer, own, '湖很深。');
    await updateSettings(systemViewer, { 'reviewers.selfApprove': true });
    try {
      const result = await approveAll(reviewer.viewer, 'approve-waived');
      expect(result.skipped).toEqual([]);
      expect(await statuses([numbered, own])).toEqual(['approved', 'approved']);
    } finally {
      await updateSettings(systemViewer, { 'reviewers.selfApprove': false });
    }
  });

  it('refuses translators as if the article did not exist', async () => {
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('approve-all-translator', undefined, { assign: [translator.user.id] });
    await translateAndSubmit(translator.viewer, segment!, '译文。');
    await expect(approveAll(translator.viewer, 'approve-all-translator')).rejects.toBeInstanceOf(NotFoundError);
    expect((await translationOf(segment!)).status).toBe('submitted');
  });

  it('works through an article of 3,000 segments in one action', { timeout: 120_000 }, async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const count = 3000;
    const english = Array.from({ length: count }, (_, index) => `Paragraph number ${index + 1} is here.`);
    const chinese = Array.from({ length: count }, (_, index) => `第 ${index + 1} 段在这里。`);
    await importArticle(reviewer.viewer, { markdown: `${english.join('\n\n')}\n`, translation: `${chinese.join('\n\n')}\n`, slug: 'three-thousand' });
    await assignUser(systemViewer, 'three-thousand', translator.user.id);

    const submitted = await submitAll(translator.viewer, 'three-thousand');
    expect(submitted.submitted).toHaveLength(count);
    const approved = await approveAll(reviewer.viewer, 'three-thousand');
    expect(approved).toMatchObject({ skipped: [] });
    expect(approved.approved).toHaveLength(count);
    expect(await db.translation.count({ where: { segment: { article: { slug: 'three-thousand' } }, status: 'approved' } })).toBe(count);
    expect(await db.revision.count({ where: { translation: { segment: { article: { slug: 'three-thousand' } } } } })).toBe(count * 3);
  });
});

describe('importing a translation as submitted', () => {
  it('makes it ready for review, and the importer its writer: another reviewer approves it unless self-approval is on', async () => {
    const importer = await makeUser('reviewer');
    const other = await makeUser('reviewer');
    await importArticle(importer.viewer, { markdown: 'Rivers shape valleys.\n', translation: '河流塑造山谷。\n', slug: 'as-submitted', asSubmitted: true });
    const [segment] = await db.segment.findMany({ where: { article: { slug: 'as-submitted' } }, select: { id: true } });
    const version = await currentVersion(segment!.id);
    expect(await translationOf(segment!.id)).toEqual({ text: '河流塑造山谷。', status: 'submitted', version: 1 });

    await expect(approveTranslation(importer.viewer, segment!.id, { version })).rejects.toBeInstanceOf(OwnTextApprovalError);
    expect(await approveAll(importer.viewer, 'as-submitted')).toEqual({
      approved: [],
      skipped: [{ segmentId: segment!.id, reason: 'own_text', message: expect.any(String) }],
    });
    expect((await approveAll(other.viewer, 'as-submitted')).approved).toHaveLength(1);
  });

  it('still imports drafts by default', async () => {
    const importer = await makeUser('reviewer');
    await importArticle(importer.viewer, { markdown: 'Lakes are deep.\n', translation: '湖很深。\n', slug: 'as-draft' });
    const [segment] = await db.segment.findMany({ where: { article: { slug: 'as-draft' } }, select: { id: true } });
    expect((await translationOf(segment!.id)).status).toBe('draft');
  });
});

describe('assignments by e-mail', () => {
  it('assigns and unassigns by e-mail, and refuses unknown people and translators', async () => {
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    await makeArticle('assign-email');
    expect((await assignUserByEmail(reviewer.viewer, 'assign-email', translator.email.toUpperCase())).assigned.map((user) => user.email)).toEqual([translator.email]);
    await expect(assignUserByEmail(reviewer.viewer, 'assign-email', 'nobody@example.test')).rejects.toThrow(/No user with e-mail nobody@example.test/);
    await expect(assignUserByEmail(reviewer.viewer, 'assign-email', 'not an address')).rejects.toBeInstanceOf(ValidationError);
    await expect(assignUserByEmail(translator.viewer, 'assign-email', translator.email)).rejects.toBeInstanceOf(NotFoundError);
    expect((await unassignUserByEmail(reviewer.viewer, 'assign-email', translator.email)).assigned).toEqual([]);
    expect((await listAssignments(reviewer.viewer, 'assign-email')).assigned).toEqual([]);
  });
});

describe('what stops publishing', () => {
  it('lists each segment not approved and each unwaived error on approved text, by number', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [first, second, third] = (await makeArticle('blockers', ['Rivers shape valleys.', 'Bridges last 300 years.', 'Lakes are deep.'], {
      assign: [translator.user.id],
    })) as [string, string, string];
    await approveTranslation(reviewer.viewer, first, { version: await translateAndSubmit(translator.viewer, first, '河流塑造山谷。') });
    const wrong = await translateAndSubmit(translator.viewer, second, '桥能用 200 年。');
    await approveTranslation(reviewer.viewer, second, { version: wrong });
    expect(await listPublishBlockers(reviewer.viewer, 'blockers')).toEqual({
      unapproved: [{ segmentId: third, number: 3, status: 'untranslated' }],
      errors: [{ segmentId: second, number: 2, checkId: 'numbers' }],
    });
    await expect(listPublishBlockers(translator.viewer, 'blockers')).rejects.toBeInstanceOf(NotFoundError);
  });
});
