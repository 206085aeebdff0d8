import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { concordance, importTmx, lookupMemory, rebuildMemory, recordApprovedPair } from '@/lib/dal/memory/memory.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';

// Pairs of an article that does not exist: reviewers read the whole memory, translators only what
// their articles and published ones gave it (tests/security/memory-access.test.ts).
const record = (source: string, target: string, segmentId = crypto.randomUUID()) =>
  db.$transaction((tx) => recordApprovedPair(tx, { source, target, articleId: 'article-1', segmentId }));

const tmx = (units: Array<[string, string]>) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
${units.map(([en, zh]) => `    <tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv></tu>`).join('\n')}
  </body>
</tmx>`;

describe('looking up the translation memory', () => {
  it('finds an approved pair exactly, ignoring the whitespace around the segment', async () => {
    await record('Rivers shape valleys over geological time.\n\n', '河流在漫长的地质年代中塑造山谷。');
    const { viewer } = await makeUser('reviewer');
    const { matches, sentences } = await lookupMemory(viewer, '\nRivers shape valleys over geological time.');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ score: 100, target: '河流在漫长的地质年代中塑造山谷。', origin: 'approved', unit: 'segment' });
    expect(sentences).toEqual([]);
  });

  it('finds a fuzzy match for a changed sentence, scored by word edits, with the difference shown', async () => {
    await record('Glaciers carve deep fjords along the northern coast.', '冰川沿着北部海岸切割出深邃的峡湾。');
    const { viewer } = await makeUser('reviewer');
    const { matches } = await lookupMemory(viewer, 'Glaciers carve deep valleys along the northern coast.');
    expect(matches[0]).toMatchObject({ score: 87, source: 'Glaciers carve deep fjords along the northern coast.' });
    expect(matches[0]!.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(matches[0]!.diff.filter((change) => change.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'fjords' },
      { kind: 'added', text: 'valleys' },
    ]);
    expect((await lookupMemory(viewer, 'Volcanoes erupt rarely.')).matches).toEqual([]);
  });

  it('offers the unchanged sentences of a changed paragraph', async () => {
    await record(
      'Tokenizers split text into pieces. Each piece maps to an integer id. The model only ever sees these ids.',
      '分词器把文本切分成片段。每个片段对应一个整数编号。模型只会看到这些编号。',
    );
    const { viewer } = await makeUser('reviewer');
    const lookup = await lookupMemory(viewer, 'Tokenizers split text into pieces. Every piece becomes a vector of floats. The model only ever sees these ids.');
    expect(lookup.sentences.map((sentence) => sentence.matches[0] && { score: sentence.matches[0].score, target: sentence.matches[0].target })).toEqual([
      { score: 100, target: '分词器把文本切分成片段。' },
      undefined,
      { score: 100, target: '模型只会看到这些编号。' },
    ]);
    expect(lookup.matches[0]?.target).toBe('分词器把文本切分成片段。每个片段对应一个整数编号。模型只会看到这些编号。');
  });

  it('keeps one entry per source and target however often a pair is approved', async () => {
    const source = 'Stable diffusion generates images from noise.';
    await record(source, '稳定扩散从噪声中生成图像。');
    await record(source, '稳定扩散从噪声中生成图像。');
    await record(source, 'Stable Diffusion 从噪声生成图像。');
    expect(await db.memoryEntry.count({ where: { source } })).toBe(2);
  });

  it('validates the options', async () => {
    await expect(lookupMemory(systemViewer, 'text', { limit: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(lookupMemory(systemViewer, 'text', { minScore: 10 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('concordance search', () => {
  it('finds a phrase in either language, ignoring letter case, and lists whole segments only', async () => {
    await record('The Attention Mechanism weighs every token. It was introduced in 2017.', '注意力机制为每个词元分配权重。它于 2017 年提出。');
    const { viewer } = await makeUser('reviewer');
    const english = await concordance(viewer, 'attention mechanism');
    expect(english.map((hit) => hit.target)).toEqual(['注意力机制为每个词元分配权重。它于 2017 年提出。']);
    expect((await concordance(viewer, '分配权重')).map((hit) => hit.source)).toEqual(['The Attention Mechanism weighs every token. It was introduced in 2017.']);
    expect(await concordance(viewer, '100%_')).toEqual([]);
  });
});

describe('importing TMX', () => {
  it('adds the English → Chinese pairs, skips units without both, and reports what it did', async () => {
    const admin = await makeUser('admin');
    const file = tmx([
      ['Gradient descent minimizes the loss.', '梯度下降使损失最小化。'],
      ['Learning rates need tuning. Too high diverges.', '学习率需要调优。太高会发散。'],
    ]).replace('</body>', '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body>');
    expect(await importTmx(admin.viewer, file)).toEqual({ pairs: 2, created: 2, sentences: 2, unchanged: 0, skipped: 1 });
    expect(await importTmx(admin.viewer, file)).toEqual({ pairs: 2, created: 0, sentences: 0, unchanged: 2, skipped: 1 });
    const { matches } = await lookupMemory(admin.viewer, 'Gradient descent minimizes the training loss.');
    expect(matches[0]).toMatchObject({ target: '梯度下降使损失最小化。', origin: 'tmx' });
    expect(await db.auditEvent.count({ where: { action: 'memory.import_tmx', actorId: admin.user.id } })).toBe(2);
  });

  it('changes nothing for a malformed file, and is for admins only', async () => {
    const before = await db.memoryEntry.count();
    const admin = await makeUser('admin');
    await expect(importTmx(admin.viewer, tmx([['One.', '一。']]).replace('</body>', ''))).rejects.toBeInstanceOf(ValidationError);
    await expect(importTmx(admin.viewer, '<xliff version="1.2"/>')).rejects.toBeInstanceOf(ValidationError);
    for (const role of ['translator', 'reviewer'] as const) {
      const { viewer } = await makeUser(role);
      await expect(importTmx(viewer, tmx([['Two.', '二。']]))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.memoryEntry.count()).toBe(before);
  });
});

describe('rebuilding the memory', () => {
  it('replaces the approved pairs with the translations approved now and keeps TMX imports', async () => {
    const admin = await makeUser('admin');
    await importTmx(admin.viewer, tmx([['Imported from elsewhere.', '从别处导入。']]));
    await record('A pair approved long ago that was since changed.', '很久以前批准、后来改动过的译文。');
    await importArticle(systemViewer, { markdown: '# Lakes\n\nLakes store fresh water.\n', translation: '# 湖泊\n\n湖泊储存淡水。\n', slug: 'lakes' }, { approveImported: true });
    expect(await rebuildMemory(admin.viewer)).toEqual({ pairs: 2, entries: 2 });
    expect((await lookupMemory(admin.viewer, 'Lakes store fresh water.')).matches[0]).toMatchObject({ score: 100, target: '湖泊储存淡水。' });
    expect((await lookupMemory(admin.viewer, 'Imported from elsewhere.')).matches).toHaveLength(1);
    expect((await lookupMemory(admin.viewer, 'A pair approved long ago that was since changed.')).matches).toEqual([]);
    const { viewer } = await makeUser('reviewer');
    await expect(rebuildMemory(viewer)).rejects.toBeInstanceOf(NotFoundError);
  });
});
