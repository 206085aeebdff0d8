import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { applyReplace, previewReplace } from '@/lib/dal/translating/find-replace.ts';
import { approveTranslation } from '@/lib/dal/translating/reviews.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { currentVersion, makeArticle, revisionsOf, translateAndSubmit, translationOf } from '../../support/review-fixtures.ts';

async function translated(slug: string, texts: string[], assign: string[]) {
  const segments = await makeArticle(slug, texts.map((_, index) => `Paragraph ${index + 1}.`), { assign });
  for (const [index, id] of segments.entries()) if (texts[index]) await saveTranslation((await makeUser('admin')).viewer, id, { text: texts[index], version: 0 });
  return segments;
}

describe('find and replace across an article', () => {
  it('previews without writing, then saves each changed text as a new revision and audits the action once', async () => {
    const translator = await makeUser('translator');
    const segments = await translated('replace-basic', ['我们用 Github 托管。', '没有匹配。', 'Github 和 github。', ''], [translator.user.id]);
    const [first, none, third] = segments as [string, string, string];

    const preview = await previewReplace(translator.viewer, 'replace-basic', { find: 'github', replace: 'GitHub' });
    expect(preview.total).toBe(3);
    expect(preview.matches.map((m) => [m.segmentId, m.after, m.count])).toEqual([
      [first, '我们用 GitHub 托管。', 1],
      [third, 'GitHub 和 GitHub。', 2],
    ]);
    expect((await translationOf(first)).text).toBe('我们用 Github 托管。');

    const result = await applyReplace(translator.viewer, 'replace-basic', {
      find: 'github',
      replace: 'GitHub',
      expected: preview.matches.map(({ segmentId, version }) => ({ segmentId, version })),
    });
    expect(result.conflicts).toEqual([]);
    expect(result.replaced.map((r) => [r.segmentId, r.text, r.version])).toEqual([
      [first, '我们用 GitHub 托管。', 2],
      [third, 'GitHub 和 GitHub。', 2],
    ]);
    expect((await revisionsOf(first)).at(-1)).toEqual({ version: 2, text: '我们用 GitHub 托管。', status: 'draft', origin: 'edit', authorId: translator.user.id });
    expect((await translationOf(none)).version).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'translation.replace_all', actorId: translator.user.id } })).toBe(1);
  });

  it('expands regex groups, and returns an approved text that changes to draft as a normal save does', async () => {
    const translator = await makeUser('translator');
    const reviewer = await makeUser('reviewer');
    const [segment] = await makeArticle('replace-approved', ['Released on 2024-01-31.'], { assign: [translator.user.id] });
    const submitted = await translateAndSubmit(translator.viewer, segment!, '发布于 2024-01-31。');
    await approveTranslation(reviewer.viewer, segment!, { version: submitted });
    expect((await translationOf(segment!)).status).toBe('approved');

    const result = await applyReplace(translator.viewer, 'replace-approved', { find: '(\\d{4})-(\\d{2})-(\\d{2})', replace: '$1 年 $2 月 $3 日', regex: true });
    expect(result.replaced).toHaveLength(1);
    expect(await translationOf(segment!)).toEqual({ text: '发布于 2024 年 01 月 31 日。', status: 'draft', version: submitted + 2 });
  });

  it('reports a segment changed since the preview as a conflict, leaves it as it is, and writes the rest', async () => {
    const translator = await makeUser('translator');
    const other = await makeUser('translator');
    const [changed, kept] = await translated('replace-conflict', ['旧词一。', '旧词二。'], [translator.user.id, other.user.id]);
    const preview = await previewReplace(translator.viewer, 'replace-conflict', { find: '旧词', replace: '新词' });
    await saveTranslation(other.viewer, changed!, { text: '旧词一，改过了。', version: await currentVersion(changed!) });

    const result = await applyReplace(translator.viewer, 'replace-conflict', {
      find: '旧词',
      replace: '新词',
      expected: preview.matches.map(({ segmentId, version }) => ({ segmentId, version })),
    });
    expect(result.conflicts).toEqual([
      { segmentId: changed, reason: 'changed', message: expect.any(String), current: { text: '旧词一，改过了。', status: 'draft', version: 2 } },
    ]);
    expect(result.replaced.map((r) => r.segmentId)).toEqual([kept]);
    expect((await translationOf(changed!)).text).toBe('旧词一，改过了。');
    expect((await translationOf(kept!)).text).toBe('新词二。');
  });

  it('limits itself to the listed segments', async () => {
    const translator = await makeUser('translator');
    const [first, second] = await translated('replace-scope', ['猫。', '猫。'], [translator.user.id]);
    const result = await applyReplace(translator.viewer, 'replace-scope', { find: '猫', replace: '狗', segmentIds: [second!] });
    expect(result.replaced.map((r) => r.segmentId)).toEqual([second]);
    expect((await translationOf(first!)).text).toBe('猫。');
  });

  it('is "not found" for a translator not assigned to the article, and changes nothing', async () => {
    const stranger = await makeUser('translator');
    const [segment] = await translated('replace-stranger', ['猫。'], []);
    await expect(previewReplace(stranger.viewer, 'replace-stranger', { find: '猫', replace: '狗' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(applyReplace(stranger.viewer, 'replace-stranger', { find: '猫', replace: '狗' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await translationOf(segment!)).toMatchObject({ text: '猫。', version: 1 });
    expect(await db.auditEvent.count({ where: { action: 'translation.replace_all', actorId: stranger.user.id } })).toBe(0);
  });

  it('refuses an invalid or unsafe pattern with a clear error, and changes nothing', async () => {
    const translator = await makeUser('translator');
    const [segment] = await translated('replace-invalid', ['猫。'], [translator.user.id]);
    await expect(applyReplace(translator.viewer, 'replace-invalid', { find: '(猫', replace: '狗', regex: true })).rejects.toThrow(/Not a valid regular expression/);
    await expect(previewReplace(translator.viewer, 'replace-invalid', { find: '(猫+)+', replace: '狗', regex: true })).rejects.toBeInstanceOf(ValidationError);
    await expect(applyReplace(translator.viewer, 'replace-invalid', { find: '', replace: '狗' })).rejects.toBeInstanceOf(ValidationError);
    expect((await translationOf(segment!)).text).toBe('猫。');
  });
});
