import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PO from 'pofile';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPo } from '@/lib/domain/export/export-po.ts';
import { exportXliff12 } from '@/lib/domain/export/export-xliff.ts';
import { planXliffImport, type ImportSegment } from '@/lib/domain/xliff/plan-import.ts';
import { readTranslatedFile } from '@/lib/domain/xliff/read-po.ts';
import { buildArticle } from '../export/article-fixture.ts';

/* PO export and import: the same plan as XLIFF, with the Markdown as text, as Weblate or Poedit show it. */

const ENGLISH = [
  '---',
  'title: "Reading Rivers"',
  '---',
  '',
  '# Reading *rivers*',
  '',
  'A [paper](https://e.org/p?a=1&b=2) with `code` and **bold** "quoted".',
  '',
  '> Banks remember',
  '> every storm.',
  '',
  '- Water finds the lowest path.',
  '',
  '```sh',
  'ls',
  '```',
  '',
].join('\n');
const built = buildArticle(ENGLISH, { 5: { text: '> 河岸记得\n> 每一场风暴。', status: 'rejected' } }, { slug: 'rivers' });
const article = {
  ...built,
  segments: built.segments.map((segment) => ({ ...segment, translation: segment.translation ? { ...segment.translation, version: 2 } : { text: '', status: 'untranslated' as const, version: 0 } })),
};
const segments: ImportSegment[] = article.segments;
const [title, heading, paragraph, quote, item] = ['seg-1', 'seg-3', 'seg-4', 'seg-5', 'seg-6'];
const exported = exportPo(article);

/** Fills msgstr by entry (msgctxt) as a PO editor would, writing the file back with pofile. */
function translate(po: string, targets: Record<string, string>): string {
  const file = PO.parse(po);
  for (const entry of file.items) if (entry.msgctxt && targets[entry.msgctxt] !== undefined) entry.msgstr = [targets[entry.msgctxt]!];
  return file.toString();
}
const plan = (po: string) => planXliffImport(readTranslatedFile(po), { slug: 'rivers', segments });

describe('exportPo', () => {
  it('writes one entry per translatable segment: msgctxt and reference the id, Markdown as text without block syntax, version and notes as comments', () => {
    expect(exported).toContain('"Language: zh_CN\\n"');
    expect(exported).toContain('"X-Duet-Article: rivers\\n"');
    expect(exported).toContain(
      '#. Duet status: untranslated\n#. duet-version:0\n#: seg-4\nmsgctxt "seg-4"\nmsgid "A [paper](https://e.org/p?a=1&b=2) with `code` and **bold** \\"quoted\\"."\nmsgstr ""\n',
    );
    expect(exported).toContain('msgctxt "seg-1"\nmsgid "Reading Rivers"\n');
    expect(exported).toContain('msgctxt "seg-3"\nmsgid "Reading *rivers*"\n');
    expect(exported).toContain('msgctxt "seg-6"\nmsgid "Water finds the lowest path."\n');
    // A rejected translation is fuzzy; a quote's markers are block syntax, left out on both sides.
    expect(exported).toContain('#. Duet status: rejected\n#. duet-version:2\n#: seg-5\n#, fuzzy\nmsgctxt "seg-5"\nmsgid ""\n"Banks remember\\n"\n"every storm."\nmsgstr ""\n"河岸记得\\n"\n"每一场风暴。"\n');
    expect(exported).not.toContain('```sh');
  });
});

describe('reading a translated PO file', () => {
  it('plans the exact Markdown of each translation, block syntax and markup restored; an untouched file changes nothing', () => {
    expect(plan(exported)).toEqual({ changes: [], unchanged: 1, conflicts: [], refused: [] });
    const filled = translate(exported, {
      [title]: '读懂河流',
      [heading]: '读懂*河流*',
      [paragraph]: '一篇[论文](https://e.org/p?a=1&b=2)，含 `code` 与**粗体**“引文”。',
      [quote]: '河岸记得\n每一场风暴，一场不落。',
      [item]: '水总是寻找最低的路径。',
    });
    expect(Object.fromEntries(plan(filled).changes.map((change) => [change.id, [change.text, change.baseVersion]]))).toEqual({
      [title]: ['读懂河流', 0],
      [heading]: ['# 读懂*河流*', 0],
      [paragraph]: ['一篇[论文](https://e.org/p?a=1&b=2)，含 `code` 与**粗体**“引文”。', 0],
      [quote]: ['> 河岸记得\n> 每一场风暴，一场不落。', 2],
      [item]: ['- 水总是寻找最低的路径。', 0],
    });
  });

  it('refuses a translation whose markup differs from the source, and an entry for no segment, each with its reason', () => {
    const filled = translate(exported, { [paragraph]: '一篇[论文](https://evil.example)，含 `code` 与**粗体**。' }).replace('msgctxt "seg-6"', 'msgctxt "seg-99"');
    const result = plan(filled);
    expect(result.changes).toEqual([]);
    expect(result.refused).toEqual([
      { id: paragraph, reason: expect.stringContaining('](https://e.org/p?a=1&b=2) missing') },
      { id: 'seg-99', reason: expect.stringContaining('no segment of this article') },
    ]);
  });

  it('refuses a file for another article or language, and text that is neither XLIFF nor PO', () => {
    expect(() => plan(exported.replace('X-Duet-Article: rivers', 'X-Duet-Article: lakes'))).toThrow(/for the article "lakes", not "rivers"/);
    expect(() => plan(exported.replace('Language: zh_CN', 'Language: ja'))).toThrow(/into ja/);
    expect(() => readTranslatedFile('just some text')).toThrow(/neither XLIFF nor a PO file/);
  });
});

const hasTranslateToolkit = spawnSync('xliff2po', ['--version'], { encoding: 'utf8' }).status === 0;
const hasMsgfmt = spawnSync('msgfmt', ['--version'], { encoding: 'utf8' }).status === 0;

describe('what other PO tools make of it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duet-po-'));
  const file = (name: string) => path.join(dir, name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasMsgfmt)(`GNU msgfmt --check accepts it${hasMsgfmt ? '' : ' (skipped: apt-get install gettext)'}`, () => {
    writeFileSync(file('check.po'), exported);
    const run = spawnSync('msgfmt', ['--check', '-o', '/dev/null', file('check.po')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });

  it.skipIf(!hasTranslateToolkit)(
    `its msgids are those translate-toolkit's xliff2po makes of the XLIFF 1.2 export, so a memory from either matches${hasTranslateToolkit ? '' : ' (skipped: apt-get install translate-toolkit)'}`,
    () => {
      writeFileSync(file('rivers.xlf'), exportXliff12(article));
      expect(spawnSync('xliff2po', [file('rivers.xlf'), file('tt.po')], { encoding: 'utf8' }).status).toBe(0);
      const msgids = (po: string) => new Set(PO.parse(po).items.filter((entry) => entry.msgid && !/^(---|```)/.test(entry.msgid)).map((entry) => entry.msgid));
      expect(msgids(exported)).toEqual(msgids(readFileSync(file('tt.po'), 'utf8')));
    },
  );
});
