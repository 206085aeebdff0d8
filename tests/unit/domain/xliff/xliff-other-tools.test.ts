import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXliff12 } from '@/lib/domain/export/export-xliff.ts';
import { planXliffImport, type ImportSegment } from '@/lib/domain/xliff/plan-import.ts';
import { readXliff } from '@/lib/domain/xliff/read-xliff.ts';
import { buildArticle } from '../export/article-fixture.ts';

/*
 * Files as other tools write them. The fixtures are written for these tests in the shapes those
 * tools produce (translate-toolkit's po2xliff, OmegaT, a 2.0 tool that segments with <mrk>); where
 * translate-toolkit is installed, a real round trip runs too.
 */

const ENGLISH = '# Reading *rivers*\n\nA [paper](https://e.org/p?a=1&b=2) with `code`.\n\n- Water finds the lowest path.\n';
const article = buildArticle(ENGLISH, {}, { slug: 'rivers' });
const segments: ImportSegment[] = article.segments.map((segment) => ({ ...segment, translation: { text: '', status: 'untranslated', version: 4 } }));
const [heading, paragraph, item] = ['seg-0', 'seg-1', 'seg-2'];

const plan = (xml: string) => planXliffImport(readXliff(xml), { slug: 'rivers', segments });
const changes = (xml: string) => Object.fromEntries(plan(xml).changes.map((change) => [change.id, change.text]));

describe('files from other tools', () => {
  it("reads translate-toolkit's po2xliff output: ns0-prefixed units in another namespace, PO locations, Markdown as text", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="rivers" source-language="en" target-language="zh-CN" datatype="x-markdown"><body>
    <trans-unit id="${paragraph}" extradata="duet-version:4" xml:space="preserve"><source>A <bpt id="1" ctype="link">[</bpt>paper<ept id="1">](https://e.org/p?a=1&amp;b=2)</ept> with <ph id="2" ctype="x-code">\`code\`</ph>.</source></trans-unit>
    <trans-unit id="${item}" extradata="duet-version:4" xml:space="preserve"><source>Water finds the lowest path.</source></trans-unit>
  </body></file>
  <file original="rivers.po" source-language="en" target-language="zh-CN" datatype="po"><body>
    <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" xml:space="preserve" id="8" approved="no" restype="x-gettext-domain-header"><ns0:source>Project-Id-Version: PACKAGE VERSION</ns0:source><target>Project-Id-Version: PACKAGE VERSION</target></ns0:trans-unit>
    <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" xml:space="preserve" id="9" approved="yes"><ns0:source>A [paper](https://e.org/p?a=1&amp;b=2) with \`code\`.</ns0:source>
      <target>一篇[论文](https://e.org/p?a=1&amp;b=2)，含 \`code\`。</target>
      <context-group name="po-reference" purpose="location"><context context-type="sourcefile">${paragraph}</context></context-group></ns0:trans-unit>
    <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" xml:space="preserve" id="10" approved="yes"><ns0:source>Water finds the lowest path.</ns0:source>
      <target>水总是寻找最低的路径。</target>
      <context-group name="po-reference" purpose="location"><context context-type="sourcefile">${item}</context></context-group></ns0:trans-unit>
  </body></file>
</xliff>`;
    expect(changes(xml)).toEqual({ [paragraph]: '一篇[论文](https://e.org/p?a=1&b=2)，含 `code`。', [item]: '- 水总是寻找最低的路径。' });
  });

  it('refuses Markdown-as-text whose codes differ from the source (a changed URL)', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="rivers" source-language="en"><body>
      <trans-unit id="${paragraph}" extradata="duet-version:4"><source>x</source><target>一篇[论文](https://evil.example)，含 \`code\`。</target></trans-unit></body></file></xliff>`;
    expect(plan(xml).refused).toEqual([{ id: paragraph, reason: expect.stringContaining('](https://e.org/p?a=1&b=2) missing') }]);
  });

  it('reads an OmegaT-style 1.2 file: BOM, CRLF, <seg-source> and <mrk mtype="seg"> targets, <g> codes, no state', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\r\n<file original="rivers" source-language="EN" target-language="ZH-CN" datatype="x-markdown"><body>\r\n
<trans-unit id="${heading}" extradata="duet-version:4"><source>Reading <g id="1">rivers</g></source><seg-source><mrk mtype="seg" mid="0">Reading <g id="1">rivers</g></mrk></seg-source><target><mrk mtype="seg" mid="0">读懂<g id="1">河流</g></mrk></target></trans-unit>\r\n
<trans-unit id="${paragraph}" extradata="duet-version:4"><source>x</source><target><mrk mtype="seg" mid="0">一篇<bx id="1"/>论文<ex id="1"/>，</mrk><mrk mtype="seg" mid="1">含 <x id="2"/>。</mrk></target></trans-unit>\r\n
</body></file></xliff>\r\n`;
    expect(changes(xml)).toEqual({ [heading]: '# 读懂*河流*', [paragraph]: '一篇[论文](https://e.org/p?a=1&b=2)，含 `code`。' });
  });

  it('reads a 2.0 file with its own prefixes, a unit split into segments, and <sc>/<ec> codes', () => {
    const xml = `<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:d="urn:x-duet:xliff" version="2.0" srcLang="en-US" trgLang="zh-Hans">
  <x:file id="rivers"><x:unit id="${paragraph}" d:version="4">
    <x:segment><x:source>A <x:sc id="1"/>paper<x:ec startRef="1"/></x:source><x:target>一篇<x:sc id="1"/>论文<x:ec startRef="1"/>，</x:target></x:segment>
    <x:ignorable><x:source> </x:source></x:ignorable>
    <x:segment><x:source>with <x:ph id="2"/>.</x:source><x:target>含 <x:mrk id="m1" translate="no"><x:ph id="2"/></x:mrk>。</x:target></x:segment>
  </x:unit></x:file></x:xliff>`;
    expect(changes(xml)).toEqual({ [paragraph]: '一篇[论文](https://e.org/p?a=1&b=2)， 含 `code`。' });
  });

  it('says what is wrong with a file for another language pair', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja"><file id="rivers"/></xliff>`;
    expect(() => plan(xml)).toThrow(/translates en into ja/);
  });
});

const hasTranslateToolkit = spawnSync('xliff2po', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasTranslateToolkit)(`translate-toolkit round trip${hasTranslateToolkit ? '' : ' (skipped: apt-get install translate-toolkit)'}`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duet-xliff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('xliff2po, a filled PO, po2xliff -t against Duet’s file: the exact Markdown comes back', () => {
    const file = (name: string) => path.join(dir, name);
    writeFileSync(file('rivers.xlf'), exportXliff12({ ...article, segments: article.segments.map((segment) => ({ ...segment, translation: { text: '', status: 'untranslated' as const, version: 4 } })) }));
    expect(spawnSync('xliff2po', [file('rivers.xlf'), file('rivers.po')], { encoding: 'utf8' }).status).toBe(0);
    const po = readFileSync(file('rivers.po'), 'utf8');
    expect(po).toContain('msgid "A [paper](https://e.org/p?a=1&b=2) with `code`."');
    const filled = po
      .replace('msgid "A [paper](https://e.org/p?a=1&b=2) with `code`."\nmsgstr ""', 'msgid "A [paper](https://e.org/p?a=1&b=2) with `code`."\nmsgstr "一篇[论文](https://e.org/p?a=1&b=2)，含 `code`。"')
      .replace('msgid "Reading *rivers*"\nmsgstr ""', 'msgid "Reading *rivers*"\nmsgstr "读懂*河流*"');
    writeFileSync(file('rivers.po'), filled);
    expect(spawnSync('po2xliff', ['-t', file('rivers.xlf'), file('rivers.po'), file('back.xlf')], { encoding: 'utf8' }).status).toBe(0);
    const back = readFileSync(file('back.xlf'), 'utf8');
    expect(back).toContain('ns0:');
    expect(changes(back)).toEqual({ [heading]: '# 读懂*河流*', [paragraph]: '一篇[论文](https://e.org/p?a=1&b=2)，含 `code`。' });
  });
});
