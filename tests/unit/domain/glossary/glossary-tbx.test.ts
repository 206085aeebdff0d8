import { describe, expect, it } from 'vitest';
import { readXmlTree } from '@/lib/domain/export/read-xml-tree.ts';
import { detectGlossaryFormat, GlossaryFileError } from '@/lib/domain/glossary/glossary-file.ts';
import { readGlossaryTbx, TBX_NAMESPACE, writeGlossaryTbx } from '@/lib/domain/glossary/glossary-tbx.ts';
import type { GlossaryTermFields } from '@/lib/domain/glossary/glossary-term.ts';

const terms: GlossaryTermFields[] = [
  { source: 'GPU', target: '图形处理器', notes: 'Or keep "GPU" <as is> & move on', partOfSpeech: 'noun', status: 'preferred' },
  { source: 'GPU', target: '显卡', notes: '', partOfSpeech: '', status: 'forbidden' },
];

describe('glossary TBX', () => {
  it('writes TBX v3 (TBX-Basic) with one conceptEntry per term, and reads it back', () => {
    const tbx = writeGlossaryTbx(terms);
    const root = readXmlTree(tbx);
    expect([root.name, root.namespace, root.attributes.type]).toEqual(['tbx', TBX_NAMESPACE, 'TBX-Basic']);
    expect(tbx).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(readGlossaryTbx(tbx)).toEqual({ rows: [{ line: 12, term: terms[0] }, { line: 27, term: terms[1] }], invalid: [] });
    expect(detectGlossaryFormat(tbx)).toBe('tbx');
    expect(detectGlossaryFormat('english,chinese\n')).toBe('csv');
  });

  it('reads TBX v2 (martif, termEntry, langSet, tig and ntig) and pairs every English term with every Chinese one', () => {
    const tbx = `<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="t1">
    <note>Shared note</note>
    <langSet xml:lang="en-US"><tig><term>dataset</term><termNote type="partOfSpeech">noun</termNote></tig><tig><term>data set</term></tig></langSet>
    <langSet xml:lang="de"><tig><term>Datensatz</term></tig></langSet>
    <langSet xml:lang="zh-Hans"><ntig><termGrp><term>数据集</term><termNote type="normativeAuthorization">admittedTerm</termNote></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>`;
    expect(readGlossaryTbx(tbx).rows.map((row) => row.term)).toEqual([
      { source: 'dataset', target: '数据集', notes: 'Shared note', partOfSpeech: 'noun', status: 'preferred' },
      { source: 'data set', target: '数据集', notes: 'Shared note', partOfSpeech: '', status: 'preferred' },
    ]);
  });

  it('reports entries without both languages or with an unknown status as invalid rows', () => {
    const tbx = `<tbx xmlns="${TBX_NAMESPACE}" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>alone</term></termSec></langSec></conceptEntry>
<conceptEntry id="b"><langSec xml:lang="en"><termSec><term>odd</term></termSec></langSec><langSec xml:lang="zh-CN"><termSec><term>奇</term><termNote type="administrativeStatus">maybeTerm</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="c"><langSec xml:lang="zh-CN"><termSec><term>孤</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    expect(readGlossaryTbx(tbx)).toEqual({
      rows: [],
      invalid: [
        { line: 2, message: 'the entry has no Simplified Chinese (zh-CN) term' },
        { line: 3, message: 'unknown administrative status "maybeTerm"' },
        { line: 4, message: 'the entry has no English (en) term' },
      ],
    });
  });

  it('refuses a file that is not well-formed XML or not TBX', () => {
    expect(() => readGlossaryTbx('<tbx><text>')).toThrow(GlossaryFileError);
    expect(() => readGlossaryTbx('<tmx version="1.4"/>')).toThrow(/not TBX/);
  });
});
