import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { changeTranslationStatus, saveTranslation } from '@/lib/dal/translating/translations.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const markdown = '# Rivers\n\nRivers shape valleys over time.\n\n```sh\nls\n```\n';

async function article(slug: string) {
  await importArticle(systemViewer, { markdown, slug });
  const segment = (kind: 'paragraph' | 'code') =>
    db.segment.findFirstOrThrow({ where: { article: { slug }, kind }, select: { id: true } }).then((row) => row.id);
  return { paragraph: await segment('paragraph'), code: await segment('code') };
}

const history = (segmentId: string) =>
  db.revision.findMany({ where: { translation: { segmentId } }, orderBy: { version: 'asc' }, select: { version: true, text: true, status: true, authorId: true } });

describe('saving a translation', () => {
  it('writes a new revision per save and moves the version on', async () => {
    const { paragraph } = await article('rivers');
    const { viewer } = await makeUser('reviewer');
    expect(await saveTranslation(viewer, paragraph, { text: '河流随着时间塑造山谷。', version: 0 })).toEqual({ text: '河流随着时间塑造山谷。', status: 'draft', version: 1 });
    expect(await saveTranslation(viewer, paragraph, { text: '河流经年累月地塑造着山谷。', version: 1 })).toMatchObject({ version: 2 });
    expect(await saveTranslation(viewer, paragraph, { text: '河流经年累月地塑造着山谷。', version: 2 })).toMatchObject({ version: 2 });
    expect(await history(paragraph)).toEqual([
      { version: 1, text: '河流随着时间塑造山谷。', status: 'draft', authorId: viewer.id },
      { version: 2, text: '河流经年累月地塑造着山谷。', status: 'draft', authorId: viewer.id },
    ]);
  });

  it('refuses a save based on an old version, returning the newer text, and writes nothing', async () => {
    const { paragraph } = await article('rivers-stale');
    const first = await makeUser('reviewer');
    const second = await makeUser('reviewer');
    await saveTranslation(first.viewer, paragraph, { text: '第一位译者的译文。', version: 0 });
    const attempt = saveTranslation(second.viewer, paragraph, { text: '第二位译者的译文。', version: 0 });
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await attempt.catch((error: StaleVersionError) => expect(error.current).toEqual({ text: '第一位译者的译文。', status: 'draft', version: 1 }));
    expect((await history(paragraph)).map((revision) => revision.text)).toEqual(['第一位译者的译文。']);
  });

  it('lets exactly one of many simultaneous saves on the same version through; the others learn the text that won', async () => {
    const { paragraph } = await article('rivers-race');
    const { viewer } = await makeUser('admin');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => saveTranslation(viewer, paragraph, { text: `第 ${index} 位的译文。`, version: 0 })),
    );
    const won = results.filter((result) => result.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ text: string; version: number }>).value;
    for (const result of results.filter((r) => r.status === 'rejected')) {
      const reason = (result as PromiseRejectedResult).reason as StaleVersionError;
      expect(reason).toBeInstanceOf(StaleVersionError);
      // Even a save that read version 0 and then lost the write reports the winner, not its old read.
      expect(reason.current).toEqual({ text: winner.text, status: 'draft', version: 1 });
    }
    expect(await history(paragraph)).toHaveLength(1);
  });

  it('is refused for unassigned translators, carried blocks, unknown fields and oversized text', async () => {
    const { paragraph, code } = await article('rivers-refused');
    const translator = await makeUser('translator');
    await expect(saveTranslation(translator.viewer, paragraph, { text: '不该写入。', version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    const reviewer = await makeUser('reviewer');
    await expect(saveTranslation(reviewer.viewer, code, { text: 'ls', version: 0 })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(
      saveTranslation(reviewer.viewer, paragraph, { text: '试图改状态。', version: 0, status: 'approved' } as never),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(saveTranslation(reviewer.viewer, paragraph, { text: '长'.repeat(50_001), version: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveTranslation(reviewer.viewer, paragraph, { text: '响铃\u0007字符', version: 0 })).rejects.toThrow(/control characters/);
    await expect(saveTranslation(reviewer.viewer, paragraph, { text: '河流\u0000塑造', version: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveTranslation(reviewer.viewer, 'no-such-segment', { text: '河流。', version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await history(paragraph)).toEqual([]);
    // Tabs and line breaks are ordinary text, and a long paragraph up to the limit saves.
    expect(await saveTranslation(reviewer.viewer, paragraph, { text: `河流\t塑造\r\n山谷。${'长'.repeat(49_000)}`, version: 0 })).toMatchObject({ version: 1 });
  });
});

describe('submitting a translation', () => {
  it('moves a draft to submitted at the version seen, recorded as a revision; twice is refused', async () => {
    const { paragraph } = await article('rivers-submit');
    const { viewer } = await makeUser('reviewer');
    await saveTranslation(viewer, paragraph, { text: '河流塑造山谷。', version: 0 });
    await expect(changeTranslationStatus(viewer, paragraph, { event: 'submit', version: 0 })).rejects.toBeInstanceOf(StaleVersionError);
    expect(await changeTranslationStatus(viewer, paragraph, { event: 'submit', version: 1 })).toEqual({ text: '河流塑造山谷。', status: 'submitted', version: 2 });
    await expect(changeTranslationStatus(viewer, paragraph, { event: 'submit', version: 2 })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await history(paragraph)).map((revision) => revision.status)).toEqual(['draft', 'submitted']);
  });

  it('keeps an outdated translation after a source edit by sending it back to review', async () => {
    await importArticle(systemViewer, { markdown: '# Lakes\n\nLakes are calm.\n', translation: '# 湖\n\n湖水很平静。\n', slug: 'lakes' });
    const { updateArticleSource } = await import('@/lib/dal/articles/source-updates.ts');
    await updateArticleSource(systemViewer, 'lakes', '# Lakes\n\nLakes are very calm.\n');
    const segment = await db.segment.findFirstOrThrow({
      where: { article: { slug: 'lakes' }, kind: 'paragraph' },
      select: { id: true, translation: { select: { status: true, version: true } } },
    });
    expect(segment.translation).toEqual({ status: 'outdated', version: 2 });
    const { viewer } = await makeUser('reviewer');
    expect(await changeTranslationStatus(viewer, segment.id, { event: 'keep', version: 2 })).toEqual({ text: '湖水很平静。', status: 'submitted', version: 3 });
  });
});
