import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { setSegmentTranslatable } from '@/lib/dal/articles/segments.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const markdown = '# Scripts\n\nRun this:\n\n```sh\n# print a greeting\necho hi\n```\n';

describe('marking a carried block translatable', () => {
  it('opts a code block in and out, audited, for a reviewer', async () => {
    await importArticle(systemViewer, { markdown, slug: 'scripts' });
    const code = await db.segment.findFirstOrThrow({ where: { article: { slug: 'scripts' }, kind: 'code' }, select: { id: true, translatable: true } });
    expect(code.translatable).toBe(false);
    const { viewer } = await makeUser('reviewer');
    await setSegmentTranslatable(viewer, { segmentId: code.id, translatable: true });
    expect((await db.segment.findUniqueOrThrow({ where: { id: code.id }, select: { translatable: true } })).translatable).toBe(true);
    await setSegmentTranslatable(viewer, { segmentId: code.id, translatable: false });
    expect((await db.segment.findUniqueOrThrow({ where: { id: code.id }, select: { translatable: true } })).translatable).toBe(false);
    expect(await db.auditEvent.count({ where: { action: 'segment.translatable', targetId: code.id, actorId: viewer.id } })).toBe(2);
  });

  it('is refused to a translator who is not assigned to the article', async () => {
    await importArticle(systemViewer, { markdown, slug: 'scripts-two' });
    const code = await db.segment.findFirstOrThrow({ where: { article: { slug: 'scripts-two' }, kind: 'code' }, select: { id: true } });
    const { viewer } = await makeUser('translator');
    await expect(setSegmentTranslatable(viewer, { segmentId: code.id, translatable: true })).rejects.toBeInstanceOf(NotFoundError);
    const article = await db.article.findUniqueOrThrow({ where: { slug: 'scripts-two' }, select: { id: true } });
    await db.articleAssignment.create({ data: { articleId: article.id, userId: viewer.id ?? '' } });
    await setSegmentTranslatable(viewer, { segmentId: code.id, translatable: true });
    expect((await db.segment.findUniqueOrThrow({ where: { id: code.id }, select: { translatable: true } })).translatable).toBe(true);
  });
});
