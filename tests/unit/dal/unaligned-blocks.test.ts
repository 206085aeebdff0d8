import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { linkUnalignedBlock } from '@/lib/dal/articles/unaligned-blocks.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

const english = '# Bridges\n\nStone bridges last for centuries.\n\nWooden ones need care every year.\n';
const chinese = '# 桥\n\n石桥可以屹立几百年。\n\n> 译者注：赵州桥建于隋代。\n\n木桥每年都需要维护。\n';

async function importWithNote(slug: string) {
  await importArticle(systemViewer, { markdown: english, translation: chinese, slug });
  const block = await db.unalignedBlock.findFirstOrThrow({ where: { article: { slug } }, select: { id: true, text: true } });
  const stone = await db.segment.findFirstOrThrow({
    where: { article: { slug }, source: { startsWith: 'Stone' } },
    select: { id: true, translation: { select: { id: true } } },
  });
  return { block, stone };
}

describe('linking an unaligned Chinese block', () => {
  it("appends it to the segment's translation as a new draft revision and resolves it", async () => {
    const { block, stone } = await importWithNote('bridges');
    expect(block.text).toBe('> 译者注：赵州桥建于隋代。');
    const { viewer } = await makeUser('reviewer');
    await linkUnalignedBlock(viewer, { blockId: block.id, segmentId: stone.id });

    const translation = await db.translation.findUniqueOrThrow({
      where: { segmentId: stone.id },
      select: { text: true, status: true, version: true, revisions: { orderBy: { version: 'asc' }, select: { text: true, authorId: true } } },
    });
    expect(translation).toMatchObject({ text: '石桥可以屹立几百年。\n\n> 译者注：赵州桥建于隋代。', status: 'draft', version: 2 });
    expect(translation.revisions.map((revision) => revision.text)).toEqual(['石桥可以屹立几百年。', '石桥可以屹立几百年。\n\n> 译者注：赵州桥建于隋代。']);
    expect(translation.revisions[1]?.authorId).toBe(viewer.id);
    expect(await db.unalignedBlock.findUniqueOrThrow({ where: { id: block.id }, select: { resolvedAt: true } })).toMatchObject({ resolvedAt: expect.any(Date) });
    await expect(linkUnalignedBlock(viewer, { blockId: block.id, segmentId: stone.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is refused to a translator not assigned to the article, and across articles', async () => {
    const { block, stone } = await importWithNote('bridges-two');
    const other = await importWithNote('bridges-three');
    const translator = await makeUser('translator');
    await expect(linkUnalignedBlock(translator.viewer, { blockId: block.id, segmentId: stone.id })).rejects.toBeInstanceOf(NotFoundError);
    const reviewer = await makeUser('reviewer');
    await expect(linkUnalignedBlock(reviewer.viewer, { blockId: block.id, segmentId: other.stone.id })).rejects.toBeInstanceOf(NotFoundError);
    const untouched = await db.translation.findUniqueOrThrow({ where: { segmentId: stone.id }, select: { version: true } });
    expect(untouched.version).toBe(1);
    expect(await db.unalignedBlock.count({ where: { id: block.id, resolvedAt: null } })).toBe(1);
  });
});
