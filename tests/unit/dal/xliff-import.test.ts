import PO from 'pofile';
import { describe, expect, it } from 'vitest';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { importXliff } from '@/lib/dal/translating/xliff-import.ts';
import { exportPo } from '@/lib/domain/export/export-po.ts';
import { exportXliff12, exportXliff20 } from '@/lib/domain/export/export-xliff.ts';
import { NotFoundError, ValidationError } from '@/lib/errors.ts';
import { makeUser } from '../../support/factories.ts';
import { currentTranslation, importArticleSegments } from '../../support/xliff-articles.ts';

const markdown = [
  '# Reading *rivers*',
  '',
  'A [paper](https://example.org/a?b=1&c=2) with `code` and **bold**.',
  '',
  '- Water finds the lowest path.',
  '',
  '```sh',
  'ls',
  '```',
  '',
].join('\n');

async function setUp(slug: string) {
  const segments = await importArticleSegments(slug, markdown);
  const id = (kind: string) => segments.find((segment) => segment.kind === kind)!.id;
  return { heading: id('heading'), paragraph: id('paragraph'), item: id('list_item'), code: id('code') };
}


/** Fills each unit's target as a CAT tool would: inside the exported source, codes kept. */
function translate(xliff: string, targets: Record<string, string>): string {
  return xliff.replace(/<unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/unit>/g, (unit, id: string) => {
    const target = targets[id];
    if (target === undefined) return unit;
    return unit.replace(/<target>[\s\S]*?<\/target>\n\s*/, '').replace(/(<source>[\s\S]*?<\/source>)/, `$1<target>${target}</target>`);
  });
}

describe('importXliff', () => {
  it('applies changed targets as draft revisions with origin xliff, with the exact Markdown of the codes', async () => {
    const ids = await setUp('xliff-apply');
    const { viewer } = await makeUser('reviewer');
    const exported = exportXliff20(await getArticleExportOrThrow(viewer, 'xliff-apply'));
    expect(exported).toContain('duet:version="0"');
    const filled = translate(exported, {
      [ids.paragraph]:
        '一篇<pc id="1" dataRefStart="d1s" dataRefEnd="d1e">论文</pc>，含 <ph id="2" dataRef="d2"/> 与<pc id="3" dataRefStart="d3s" dataRefEnd="d3e">粗体</pc>。',
      [ids.item]: '水总是寻找最低的路径。',
      [ids.heading]: '读懂<pc id="1">河流</pc>',
    });
    const dry = await importXliff(viewer, 'xliff-apply', filled, { dryRun: true });
    expect(dry).toEqual({ applied: 3, unchanged: 0, conflicts: [], refused: [] });
    expect((await currentTranslation(ids.paragraph)).version).toBe(0);

    expect(await importXliff(viewer, 'xliff-apply', filled, { dryRun: false })).toEqual(dry);
    expect(await currentTranslation(ids.paragraph)).toEqual({ text: '一篇[论文](https://example.org/a?b=1&c=2)，含 `code` 与**粗体**。', status: 'draft', version: 1 });
    expect((await currentTranslation(ids.item)).text).toBe('- 水总是寻找最低的路径。');
    expect((await currentTranslation(ids.heading)).text).toBe('# 读懂*河流*');
    const revision = await db.revision.findFirstOrThrow({ where: { translation: { segmentId: ids.paragraph }, version: 1 }, select: { origin: true, authorId: true } });
    expect(revision).toEqual({ origin: 'xliff', authorId: viewer.id });

    // The same file again changes nothing.
    expect(await importXliff(viewer, 'xliff-apply', filled, { dryRun: false })).toEqual({ applied: 0, unchanged: 3, conflicts: [], refused: [] });
    const again = exportXliff12(await getArticleExportOrThrow(viewer, 'xliff-apply'));
    expect(await importXliff(viewer, 'xliff-apply', again, { dryRun: false })).toEqual({ applied: 0, unchanged: 3, conflicts: [], refused: [] });
  });

  it('reports a segment edited in Duet since the export as a conflict with both texts, and leaves it', async () => {
    const ids = await setUp('xliff-conflict');
    const { viewer } = await makeUser('reviewer');
    const exported = exportXliff20(await getArticleExportOrThrow(viewer, 'xliff-conflict'));
    await saveTranslation(viewer, ids.item, { text: '- 在 Duet 里改过。', version: 0 });
    const result = await importXliff(viewer, 'xliff-conflict', translate(exported, { [ids.item]: '来自文件。' }), { dryRun: false });
    expect(result.conflicts).toEqual([{ id: ids.item, yours: '- 来自文件。', current: '- 在 Duet 里改过。', exportedVersion: 0, currentVersion: 1 }]);
    expect(result.applied).toBe(0);
    expect((await currentTranslation(ids.item)).text).toBe('- 在 Duet 里改过。');
  });

  it('refuses translate="no" units, unknown ids and broken codes, each with its reason', async () => {
    const ids = await setUp('xliff-refused');
    const { viewer } = await makeUser('reviewer');
    const exported = exportXliff20(await getArticleExportOrThrow(viewer, 'xliff-refused'));
    const filled = translate(exported, {
      [ids.code]: 'rm -rf /',
      [ids.paragraph]: '只有<ph id="2" dataRef="d2"/>。',
      [ids.heading]: '读懂<ph id="9"/>',
    }).replace('</file>', '<unit id="nope"><segment><source>x</source><target>y</target></segment></unit></file>');
    const result = await importXliff(viewer, 'xliff-refused', filled, { dryRun: false });
    expect(result.applied).toBe(0);
    expect(result.refused).toEqual([
      { id: ids.heading, reason: expect.stringMatching(/code 9 is not in the source/) },
      { id: ids.paragraph, reason: expect.stringMatching(/codes 1, 3 missing/) },
      { id: ids.code, reason: expect.stringMatching(/translate="no"/) },
      { id: 'nope', reason: expect.stringMatching(/no segment of this article/) },
    ]);
    expect(await db.revision.count({ where: { translation: { segment: { article: { slug: 'xliff-refused' } } }, origin: 'xliff' } })).toBe(0);
  });

  it('refuses a file for another article, another language pair, malformed XML and a DOCTYPE, changing nothing', async () => {
    await setUp('xliff-files');
    await setUp('xliff-other');
    const { viewer } = await makeUser('reviewer');
    const other = exportXliff20(await getArticleExportOrThrow(viewer, 'xliff-other'));
    await expect(importXliff(viewer, 'xliff-files', other, { dryRun: false })).rejects.toThrow(/for the article "xliff-other", not "xliff-files"/);
    const mine = exportXliff12(await getArticleExportOrThrow(viewer, 'xliff-files'));
    await expect(importXliff(viewer, 'xliff-files', mine.replace('target-language="zh-CN"', 'target-language="ja"'), { dryRun: false })).rejects.toThrow(/into Chinese/);
    await expect(importXliff(viewer, 'xliff-files', mine.slice(0, -20), { dryRun: false })).rejects.toBeInstanceOf(ValidationError);
    const xxe = mine.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff');
    await expect(importXliff(viewer, 'xliff-files', xxe, { dryRun: false })).rejects.toThrow(/DOCTYPE/);
  });

  it('brings a PO file back the same way: drafts with the exact Markdown, and a segment edited since the export as a conflict', async () => {
    const ids = await setUp('po-apply');
    const { viewer } = await makeUser('reviewer');
    const exported = exportPo(await getArticleExportOrThrow(viewer, 'po-apply'));
    await saveTranslation(viewer, ids.item, { text: '- 在 Duet 里改过。', version: 0 });
    const file = PO.parse(exported);
    const targets: Record<string, string> = {
      [ids.heading]: '读懂*河流*',
      [ids.paragraph]: '一篇[论文](https://example.org/a?b=1&c=2)，含 `code` 与**粗体**。',
      [ids.item]: '来自文件。',
    };
    for (const entry of file.items) entry.msgstr = [targets[entry.msgctxt ?? ''] ?? ''];
    const result = await importXliff(viewer, 'po-apply', file.toString(), { dryRun: false });
    expect(result).toEqual({
      applied: 2,
      unchanged: 0,
      conflicts: [{ id: ids.item, yours: '- 来自文件。', current: '- 在 Duet 里改过。', exportedVersion: 0, currentVersion: 1 }],
      refused: [],
    });
    expect(await currentTranslation(ids.paragraph)).toEqual({ text: '一篇[论文](https://example.org/a?b=1&c=2)，含 `code` 与**粗体**。', status: 'draft', version: 1 });
    expect((await currentTranslation(ids.heading)).text).toBe('# 读懂*河流*');
    expect((await currentTranslation(ids.item)).text).toBe('- 在 Duet 里改过。');
  });

  it('takes the permission of saving: a translator not on the article finds nothing', async () => {
    await setUp('xliff-permissions');
    const reader = await makeUser('translator');
    const xliff = exportXliff20(await getArticleExportOrThrow(systemViewer, 'xliff-permissions'));
    await expect(importXliff(reader.viewer, 'xliff-permissions', xliff, { dryRun: true })).rejects.toBeInstanceOf(NotFoundError);
  });
});
