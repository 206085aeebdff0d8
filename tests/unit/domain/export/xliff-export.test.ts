import { describe, expect, it } from 'vitest';
import { exportXliff12, exportXliff20 } from '@/lib/domain/export/export-xliff.ts';
import { parseXliff } from '@/lib/domain/export/parse-xliff.ts';
import { XliffError } from '@/lib/domain/export/xliff-error.ts';
import { buildArticle, CHINESE, ENGLISH } from './article-fixture.ts';
import { canValidateXliff, SKIP_REASON, validateXliff } from './xml-schema.ts';

const article = buildArticle(ENGLISH, CHINESE);

describe('exportXliff20', () => {
  const xliff = exportXliff20(article);

  it('writes one unit per segment, named by segment id, with the translation state', () => {
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:duet="urn:x-duet:xliff" version="2.0" srcLang="en" trgLang="zh-CN">');
    expect(xliff).toContain('<file id="reading-rivers" original="reading-rivers">');
    expect(xliff).toContain(
      '<unit id="seg-6" xml:space="preserve">\n      <notes>\n        <note category="duet:status">Duet status: submitted</note>\n      </notes>\n      <segment state="translated">\n        <source>Rivers carve valleys slowly, one flood at a time.</source>\n        <target>河流慢慢切出山谷，一次洪水接着一次洪水。</target>',
    );
    expect(xliff).toContain('<segment state="initial">\n        <source>Sediment settles where the current slows.</source>\n      </segment>');
  });

  it('marks segments that are not translatable translate="no", without a target', () => {
    expect(xliff).toContain('<unit id="seg-7" translate="no" xml:space="preserve">\n      <segment>\n        <source>```python\nprint("flow")\n```</source>\n      </segment>');
  });
});

describe('exportXliff12', () => {
  const xliff = exportXliff12(article);

  it('writes one trans-unit per segment with state, and approved="yes" for approved ones', () => {
    expect(xliff).toContain('<file original="reading-rivers" source-language="en" target-language="zh-CN" datatype="x-markdown">');
    expect(xliff).toContain('<trans-unit id="seg-10" approved="yes" xml:space="preserve">\n        <source>Banks remember every storm.</source>\n        <target state="final">河岸记得每一场风暴。</target>');
    expect(xliff).toContain('<trans-unit id="seg-8" xml:space="preserve">\n        <source>Water finds the lowest path.</source>\n        <target state="translated" state-qualifier="x-duet-draft">');
    expect(xliff).not.toContain('state="new"');
    expect(xliff).toContain('<trans-unit id="seg-7" translate="no" xml:space="preserve">');
  });

  it('with untranslated=source gives untranslated units a copy of the source to translate (OmegaT reads only targets), and reads it back as untranslated', () => {
    const copied = exportXliff12(article, { untranslated: 'source' });
    expect(copied).toContain('<source>Sediment settles where the current slows.</source>\n        <target state="needs-translation">Sediment settles where the current slows.</target>');
    expect(copied).toContain('<target state="final">河岸记得每一场风暴。</target>');
    expect(copied).toContain('<trans-unit id="seg-7" translate="no" xml:space="preserve">\n        <source>```python\nprint("flow")\n```</source>\n      </trans-unit>');
    expect(xliff).not.toContain('needs-translation');
    expect(parseXliff(copied, article.segments).find((unit) => unit.id === 'seg-9')).toEqual({ id: 'seg-9', source: '- Sediment settles where the current slows.', target: null, state: 'untranslated' });
    const translated = copied.replace('<target state="needs-translation">Sediment settles where the current slows.</target>', '<target state="needs-translation">泥沙在水流变缓处沉积。</target>');
    expect(parseXliff(translated, article.segments).find((unit) => unit.id === 'seg-9')).toMatchObject({ target: '- 泥沙在水流变缓处沉积。', state: 'draft' });
  });
});

describe('XLIFF state mapping', () => {
  const statuses = ['draft', 'submitted', 'rejected', 'outdated', 'approved'] as const;
  const perStatus = buildArticle(
    'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n',
    Object.fromEntries(statuses.map((status, index) => [index, { text: `${status} 文`, status }])),
  );

  it.each([
    ['2.0', exportXliff20],
    ['1.2', exportXliff12],
  ])('reads back the status each segment had (XLIFF %s)', (_version, exportXliff) => {
    expect(parseXliff(exportXliff(perStatus), perStatus.segments).map((unit) => unit.state)).toEqual([...statuses, 'untranslated']);
  });

  it('uses the standard states other tools understand', () => {
    const states20 = [...exportXliff20(perStatus).matchAll(/<segment state="(\w+)"(?: subState="([\w:]+)")?/g)].map((m) => m.slice(1).join(' ').trim());
    expect(states20).toEqual(['translated duet:draft', 'translated', 'translated duet:rejected', 'translated duet:outdated', 'final', 'initial']);
    const states12 = [...exportXliff12(perStatus).matchAll(/<target state="([\w-]+)"(?: state-qualifier="([\w-]+)")?/g)].map((m) => m.slice(1).join(' ').trim());
    expect(states12).toEqual(['translated x-duet-draft', 'translated', 'needs-review-translation x-duet-rejected', 'needs-review-translation x-duet-outdated', 'final']);
  });

  it('refuses an id XLIFF cannot carry', () => {
    const badId = { ...article, segments: article.segments.map((segment) => ({ ...segment, id: 'has space' })) };
    expect(() => exportXliff20(badId)).toThrow(XliffError);
    expect(() => exportXliff12(badId)).toThrow(/segment id "has space"/);
  });
});

describe.skipIf(!canValidateXliff)(`XLIFF schema validation${canValidateXliff ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  const tricky = buildArticle(ENGLISH, { ...CHINESE, 9: { text: 'a\u0001b\uFFFEc <&> ]]>\r\n', status: 'rejected' } });

  it.each([
    ['2.0', exportXliff20],
    ['1.2', exportXliff12],
  ] as const)('XLIFF %s validates against the OASIS schema', (version, exportXliff) => {
    expect(validateXliff(exportXliff(tricky), version)).toEqual({ valid: true, messages: expect.stringContaining('validates') });
  });

  it('XLIFF 1.2 with source copies in untranslated units validates too', () => {
    expect(validateXliff(exportXliff12(tricky, { untranslated: 'source' }), '1.2')).toEqual({ valid: true, messages: expect.stringContaining('validates') });
  });

  it('catches an invalid document, so a passing validation means something', () => {
    const broken = exportXliff12(article).replace('approved="yes"', 'approved="maybe"');
    expect(validateXliff(broken, '1.2').valid).toBe(false);
    expect(validateXliff(exportXliff20(article).replace('state="final"', 'state="done"'), '2.0').valid).toBe(false);
  });
});
