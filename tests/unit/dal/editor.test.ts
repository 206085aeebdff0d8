import { describe, expect, it } from 'vitest';
import { addComment } from '@/lib/dal/translating/comments.ts';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { assignUser } from '@/lib/dal/articles/assignments.ts';
import { getEditorArticleOrThrow } from '@/lib/dal/translating/editor.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const english = '# Kites\n\nKites fly in the spring wind.\n\n```sh\nfly --high\n```\n\nChildren run after them.\n';

describe('the editor payload', () => {
  it('has each segment with its translation, word count, open threads and the old source of outdated ones', async () => {
    await importArticle(systemViewer, { markdown: english, slug: 'kites', translation: '# 风筝\n\n风筝在春风中飞翔。\n\n```sh\nfly --high\n```\n\n孩子们追着它们跑。\n' });
    const translator = await makeUser('translator');
    await assignUser(systemViewer, 'kites', translator.user.id);
    const before = await getEditorArticleOrThrow(translator.viewer, 'kites');
    const [heading, kites, , children] = before.segments;
    expect(before.segments.map((s) => [s.kind, s.source, s.translatable, s.words])).toEqual([
      ['heading', '# Kites', true, 1],
      ['paragraph', 'Kites fly in the spring wind.', true, 6],
      ['code', '```sh\nfly --high\n```', false, 0],
      ['paragraph', 'Children run after them.', true, 4],
    ]);
    expect(kites?.translation).toMatchObject({ text: '风筝在春风中飞翔。', version: 1 });
    expect(before.viewer).toEqual({ id: translator.user.id, canReview: false });

    await saveTranslation(translator.viewer, children!.id, { text: '孩子们跟着它们奔跑。', version: children!.translation.version });
    const thread = await addComment(translator.viewer, kites!.id, { body: '“春风”要不要保留？' });
    await addComment(translator.viewer, kites!.id, { body: '保留吧。', parentId: thread.id });
    await updateArticleSource(systemViewer, 'kites', english.replace('spring wind', 'April wind'));

    const after = await getEditorArticleOrThrow(translator.viewer, 'kites');
    const kitesAfter = after.segments.find((s) => s.source.startsWith('Kites fly'));
    expect(kitesAfter).toMatchObject({ openComments: 1, previousSource: 'Kites fly in the spring wind.', source: 'Kites fly in the April wind.' });
    expect(kitesAfter?.translation.status).toBe('outdated');
    expect(after.segments.find((s) => s.id === children!.id)?.translation).toMatchObject({ text: '孩子们跟着它们奔跑。', status: 'draft' });
    expect(after.segments.find((s) => s.id === heading!.id)?.previousSource).toBeNull();
  });

  it('is not found for translators who are not assigned, and for unknown articles', async () => {
    await importArticle(systemViewer, { markdown: english, slug: 'kites-private' });
    const outsider = await makeUser('translator');
    await expect(getEditorArticleOrThrow(outsider.viewer, 'kites-private')).rejects.toBeInstanceOf(NotFoundError);
    const reviewer = await makeUser('reviewer');
    expect((await getEditorArticleOrThrow(reviewer.viewer, 'kites-private')).viewer.canReview).toBe(true);
    await expect(getEditorArticleOrThrow(reviewer.viewer, 'no-such-article')).rejects.toBeInstanceOf(NotFoundError);
  });
});
