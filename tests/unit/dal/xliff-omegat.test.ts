import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { db } from '@/lib/dal/core/db.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { importXliff } from '@/lib/dal/translating/xliff-import.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { makeUser } from '../../support/factories.ts';
import { createOmegaTProject, hasOmegaT, OMEGAT_SKIP_REASON, omegaTSegments, translateWithOmegaT } from '../../support/omegat.ts';
import { currentTranslation, importArticleSegments } from '../../support/xliff-articles.ts';

/*
 * The whole trip through a desktop CAT tool: Duet's XLIFF 1.2 export for OmegaT, an OmegaT project
 * made here, OmegaT's console mode translating from the translator's memory, and the translated
 * file brought back through the import the API and the CLI use.
 */

const markdown = [
  '---',
  'title: "Reading Rivers"',
  '---',
  '',
  '# Reading *rivers*',
  '',
  'A [paper](https://example.org/a?b=1&c=2) with `code` and **bold**. It is short.',
  '',
  '- Press <kbd>Enter</kbd> to open ![the map](/img/map.png "Map").',
  '',
  'Floods are old news.',
  '',
  'Water finds the lowest path.',
  '',
  '```sh',
  'ls',
  '```',
  '',
].join('\n');

describe.skipIf(!hasOmegaT)(`OmegaT round trip${hasOmegaT ? '' : ` (skipped: ${OMEGAT_SKIP_REASON})`}`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duet-omegat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('OmegaT shows the markup as tags and translates from memory; the import gives back the exact Markdown and reports a conflict', async () => {
    const segments = await importArticleSegments('omegat-rivers', markdown);
    const idOf = (text: string) => segments.find((segment) => segment.source.includes(text))!.id;
    const { viewer } = await makeUser('reviewer');
    await saveTranslation(viewer, idOf('Floods'), { text: '洪水是旧闻。', version: 0 });

    const file = exportArticle(await getArticleExportOrThrow(viewer, 'omegat-rivers'), 'xliff12', 'source');
    createOmegaTProject(dir, { [file.filename]: file.body });
    // OmegaT translates targets: untranslated units carry the English, the translated one its Chinese.
    expect(omegaTSegments(dir).sort()).toEqual(
      [
        'Reading Rivers',
        'Reading <f0>rivers</f0>',
        'A <f0>paper</f0> with <c1/> and <f2>bold</f2>.',
        'It is short.',
        'Press <k0/>Enter<k1/> to open <t2/>.',
        '洪水是旧闻。',
        'Water finds the lowest path.',
      ].sort(),
    );

    // The translator's memory covers all but one segment, which OmegaT leaves as it was.
    const translated = translateWithOmegaT(
      dir,
      {
        'Reading Rivers': '读懂河流',
        'Reading <f0>rivers</f0>': '读懂<f0>河流</f0>',
        'A <f0>paper</f0> with <c1/> and <f2>bold</f2>.': '一篇<f0>论文</f0>，含 <c1/> 与<f2>粗体</f2>。',
        'It is short.': '它很短。',
        'Press <k0/>Enter<k1/> to open <t2/>.': '按 <k0/>Enter<k1/> 打开<t2/>。',
      },
      file.filename,
    );
    expect(translated).toContain('<target state="needs-translation">Water finds the lowest path.</target>');
    // Meanwhile someone edits the heading in Duet: the file's heading is a conflict, not applied.
    await saveTranslation(viewer, idOf('# Reading'), { text: '# 河流的读法', version: 0 });

    const result = {
      applied: 3,
      unchanged: 1,
      conflicts: [{ id: idOf('# Reading'), yours: '# 读懂*河流*', current: '# 河流的读法', exportedVersion: 0, currentVersion: 1 }],
      refused: [],
    };
    expect(await importXliff(viewer, 'omegat-rivers', translated, { dryRun: true })).toEqual(result);
    expect(await importXliff(viewer, 'omegat-rivers', translated, { dryRun: false })).toEqual(result);
    expect(await currentTranslation(idOf('title:'))).toEqual({ text: '读懂河流', status: 'draft', version: 1 });
    expect(await currentTranslation(idOf('# Reading'))).toEqual({ text: '# 河流的读法', status: 'draft', version: 1 });
    // OmegaT joins the paragraph's two sentences the Chinese way, without a space.
    expect((await currentTranslation(idOf('A [paper]'))).text).toBe('一篇[论文](https://example.org/a?b=1&c=2)，含 `code` 与**粗体**。它很短。');
    expect((await currentTranslation(idOf('- Press'))).text).toBe('- 按 <kbd>Enter</kbd> 打开![the map](/img/map.png "Map")。');
    expect(await currentTranslation(idOf('Floods'))).toEqual({ text: '洪水是旧闻。', status: 'draft', version: 1 });
    expect(await currentTranslation(idOf('Water'))).toEqual({ text: '', status: 'untranslated', version: 0 });
    const origins = await db.revision.findMany({ where: { translation: { segment: { article: { slug: 'omegat-rivers' } } }, origin: 'xliff' }, select: { authorId: true } });
    expect(origins).toEqual(Array.from({ length: 3 }, () => ({ authorId: viewer.id })));
  }, 180_000);
});
