import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { listRevisions, revertTranslation } from '@/lib/dal/translating/revisions.ts';
import { rejectTranslation } from '@/lib/dal/translating/reviews.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError, StaleVersionError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

/** An imported article whose paragraph has a translation at version 1, and that paragraph's id. */
async function lakeParagraph(slug: string) {
  await importArticle(systemViewer, { markdown: '# Lakes\n\nLakes are calm.\n', translation: '# 湖\n\n湖水很平静。\n', slug });
  const segment = await db.segment.findFirstOrThrow({ where: { article: { slug }, kind: 'paragraph' }, select: { id: true, articleId: true } });
  return segment;
}

const history = (segmentId: string) =>
  db.revision.findMany({ where: { translation: { segmentId } }, orderBy: { version: 'asc' }, select: { version: true, text: true, status: true, origin: true, authorId: true } });

const translation = (segmentId: string) =>
  db.translation.findUniqueOrThrow({ where: { segmentId }, select: { text: true, status: true, version: true } });

describe('listing revisions', () => {
  it('keeps a rejection\'s feedback with the revision it judged', async () => {
    const { id } = await lakeParagraph('lakes-feedback');
    const translator = await makeUser('reviewer');
    const reviewer = await makeUser('reviewer');
    await saveTranslation(translator.viewer, id, { text: '湖水非常平静。', version: 1 });
    await changeTranslationStatus(translator.viewer, id, { event: 'submit', version: 2 });
    await rejectTranslation(reviewer.viewer, id, { version: 3, category: 'fluency', severity: 'minor', comment: '“湖面”更自然。' });

    const [rejected, ...earlier] = await listRevisions(translator.viewer, id);
    expect(rejected).toMatchObject({ version: 4, status: 'rejected', author: { name: reviewer.user.name } });
    expect(rejected?.notes).toEqual([
      { category: 'fluency', severity: 'minor', comment: '“湖面”更自然。', reviewer: { name: reviewer.user.name }, createdAt: expect.any(Date) },
    ]);
    expect(earlier.every((revision) => revision.notes.length === 0)).toBe(true);
  });

  it('returns the history newest first, with authors and the words each revision changed', async () => {
    const { id, articleId } = await lakeParagraph('lakes-history');
    const reviewer = await makeUser('reviewer');
    const translator = await makeUser('translator');
    await db.articleAssignment.create({ data: { articleId, userId: translator.user.id }, select: { userId: true } });
    await saveTranslation(reviewer.viewer, id, { text: '湖水非常平静。', version: 1 });
    await saveTranslation(translator.viewer, id, { text: '湖面非常平静。', version: 2 });

    const revisions = await listRevisions(translator.viewer, id);

    expect(revisions.map(({ version, text, status, origin, author }) => ({ version, text, status, origin, author }))).toEqual([
      { version: 3, text: '湖面非常平静。', status: 'draft', origin: 'edit', author: { name: translator.user.name } },
      { version: 2, text: '湖水非常平静。', status: 'draft', origin: 'edit', author: { name: reviewer.user.name } },
      { version: 1, text: '湖水很平静。', status: 'draft', origin: 'import', author: null },
    ]);
    expect(revisions.map((revision) => revision.changes)).toEqual([
      [
        { kind: 'removed', text: '湖水' },
        { kind: 'added', text: '湖面' },
        { kind: 'same', text: '非常平静。' },
      ],
      [
        { kind: 'same', text: '湖水' },
        { kind: 'removed', text: '很' },
        { kind: 'added', text: '非常' },
        { kind: 'same', text: '平静。' },
      ],
      [{ kind: 'added', text: '湖水很平静。' }],
    ]);
    expect(revisions.every((revision) => revision.createdAt instanceof Date)).toBe(true);
  });

  it('is not found for an unassigned translator or an unknown segment', async () => {
    const { id } = await lakeParagraph('lakes-history-refused');
    const translator = await makeUser('translator');
    await expect(listRevisions(translator.viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    const reviewer = await makeUser('reviewer');
    await expect(listRevisions(reviewer.viewer, 'no-such-segment')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('reverting a translation', () => {
  it('restores an old text as a new draft revision and moves the version on, deleting nothing', async () => {
    const { id } = await lakeParagraph('lakes-revert');
    const { viewer } = await makeUser('reviewer');
    await saveTranslation(viewer, id, { text: '湖水非常平静。', version: 1 });

    expect(await revertTranslation(viewer, id, { toVersion: 1, version: 2 })).toEqual({ text: '湖水很平静。', status: 'draft', version: 3 });

    expect(await translation(id)).toEqual({ text: '湖水很平静。', status: 'draft', version: 3 });
    expect((await history(id)).map(({ version, text, origin, authorId }) => ({ version, text, origin, authorId }))).toEqual([
      { version: 1, text: '湖水很平静。', origin: 'import', authorId: null },
      { version: 2, text: '湖水非常平静。', origin: 'edit', authorId: viewer.id },
      { version: 3, text: '湖水很平静。', origin: 'revert', authorId: viewer.id },
    ]);
  });

  it('refuses a revert based on an old version, returning the newer text, and writes nothing', async () => {
    const { id } = await lakeParagraph('lakes-revert-stale');
    const { viewer } = await makeUser('reviewer');
    await saveTranslation(viewer, id, { text: '湖水非常平静。', version: 1 });
    const before = await history(id);

    const attempt = revertTranslation(viewer, id, { toVersion: 1, version: 1 });

    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await attempt.catch((error: StaleVersionError) => expect(error.current).toEqual({ text: '湖水非常平静。', status: 'draft', version: 2 }));
    expect(await translation(id)).toEqual({ text: '湖水非常平静。', status: 'draft', version: 2 });
    expect(await history(id)).toEqual(before);
  });

  it('is not found for an unassigned translator or an unknown revision, and writes nothing', async () => {
    const { id } = await lakeParagraph('lakes-revert-refused');
    const { viewer } = await makeUser('reviewer');
    await saveTranslation(viewer, id, { text: '湖水非常平静。', version: 1 });
    const translator = await makeUser('translator');

    await expect(revertTranslation(translator.viewer, id, { toVersion: 1, version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revertTranslation(viewer, id, { toVersion: 9, version: 2 })).rejects.toBeInstanceOf(NotFoundError);

    expect(await translation(id)).toEqual({ text: '湖水非常平静。', status: 'draft', version: 2 });
    expect(await history(id)).toHaveLength(2);
  });
});
