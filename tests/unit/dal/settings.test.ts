import { describe, expect, it } from 'vitest';
import { listArticles } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { getSettings, readSettings, updateSettings } from '@/lib/dal/core/settings.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { makeArticle, translationOf } from '../../support/review-fixtures.ts';

describe('settings', () => {
  it('default to off, and only admins read or change them; each change is audited with old and new value', async () => {
    const admin = await makeUser('admin');
    const reviewer = await makeUser('reviewer');
    expect(await getSettings(admin.viewer)).toEqual({ 'reviewers.selfApprove': false, 'translators.editAnyArticle': false });
    await expect(getSettings(reviewer.viewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSettings(reviewer.viewer, { 'reviewers.selfApprove': true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSettings(admin.viewer, { 'reviewers.selfApprove': 'yes' } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(updateSettings(admin.viewer, { 'site.title': 'x' } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(await readSettings()).toEqual({ 'reviewers.selfApprove': false, 'translators.editAnyArticle': false });

    expect(await updateSettings(admin.viewer, { 'reviewers.selfApprove': true })).toEqual({ 'reviewers.selfApprove': true, 'translators.editAnyArticle': false });
    expect(await updateSettings(admin.viewer, { 'reviewers.selfApprove': true })).toMatchObject({ 'reviewers.selfApprove': true });
    await updateSettings(admin.viewer, { 'reviewers.selfApprove': false });
    const events = await db.auditEvent.findMany({ where: { action: 'settings.update' }, orderBy: { createdAt: 'asc' }, select: { actorId: true, detail: true } });
    expect(events.map((event) => ({ actorId: event.actorId, detail: JSON.parse(event.detail) }))).toEqual([
      { actorId: admin.user.id, detail: { 'reviewers.selfApprove': { from: false, to: true } } },
      { actorId: admin.user.id, detail: { 'reviewers.selfApprove': { from: true, to: false } } },
    ]);
  });

  it('read a damaged stored value as the default', async () => {
    await db.setting.upsert({ where: { key: 'translators.editAnyArticle' }, create: { key: 'translators.editAnyArticle', value: 'not json' }, update: { value: 'not json' } });
    expect((await readSettings())['translators.editAnyArticle']).toBe(false);
    await db.setting.delete({ where: { key: 'translators.editAnyArticle' } });
  });

  it('translators.editAnyArticle lets an unassigned translator work on any article, and turning it off takes that back', async () => {
    const admin = await makeUser('admin');
    const translator = await makeUser('translator');
    const [segment] = await makeArticle('any-article');
    const listed = async () => (await listArticles(translator.viewer)).map((article) => article.slug);

    await expect(saveTranslation(translator.viewer, segment!, { text: '不该写入。', version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listed()).not.toContain('any-article');
    expect(await translationOf(segment!)).toEqual({ text: '', status: 'untranslated', version: 0 });

    await updateSettings(admin.viewer, { 'translators.editAnyArticle': true });
    try {
      expect(await listed()).toContain('any-article');
      expect(await saveTranslation(translator.viewer, segment!, { text: '可以写了。', version: 0 })).toMatchObject({ status: 'draft', version: 1 });
    } finally {
      await updateSettings(admin.viewer, { 'translators.editAnyArticle': false });
    }
    await expect(saveTranslation(translator.viewer, segment!, { text: '又不行了。', version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await translationOf(segment!)).toEqual({ text: '可以写了。', status: 'draft', version: 1 });
  });
});
