import { describe, expect, it } from 'vitest';
import type { ArticleExport } from '@/lib/domain/export/article-export.ts';
import { exportTmx } from '@/lib/domain/export/export-tmx.ts';
import { parseTmx, TmxError } from '@/lib/domain/memory/parse-tmx.ts';

describe('reading TMX', () => {
  it('reads English → Simplified Chinese pairs, with inline codes dropped and highlights kept', () => {
    const xml = `<?xml version="1.0"?>
<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/>
<body>
  <tu><tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv><tuv xml:lang="zh-CN"><seg>现在按<hi>保存</hi>。</seg></tuv></tu>
  <tu><tuv lang="EN"><seg>Old style.</seg></tuv><tuv lang="ZH"><seg>旧格式。</seg></tuv></tu>
  <tu><tuv xml:lang="en"><seg>Traditional only.</seg></tuv><tuv xml:lang="zh-TW"><seg>僅繁體。</seg></tuv></tu>
  <tu><tuv xml:lang="zh-Hans"><seg>中文在前。</seg></tuv><tuv xml:lang="en-GB"><seg><![CDATA[Chinese <first>.]]></seg></tuv></tu>
</body></tmx>`;
    expect(parseTmx(xml)).toEqual({
      pairs: [
        { source: 'Press Save now.', target: '现在按保存。' },
        { source: 'Old style.', target: '旧格式。' },
        { source: 'Chinese <first>.', target: '中文在前。' },
      ],
      skipped: 1,
    });
  });

  it('reads back what Duet exports', () => {
    const article: ArticleExport = {
      slug: 'demo',
      title: 'Demo',
      titleZh: null,
      sourceUrl: null,
      author: null,
      credits: { translators: [], reviewers: [] },
      unaligned: [],
      segments: [{ id: 's1', position: 0, kind: 'paragraph', source: 'A & B <c>.\n\n', translatable: true, translation: { text: '甲与乙。', status: 'approved' } }],
    };
    expect(parseTmx(exportTmx(article)).pairs).toEqual([{ source: 'A & B <c>.', target: '甲与乙。' }]);
  });

  it('refuses what is not well-formed TMX', () => {
    expect(() => parseTmx('<tmx><body><tu></body></tmx>')).toThrow(TmxError);
    expect(() => parseTmx('<xliff version="2.0"/>')).toThrow(/not TMX/);
    expect(() => parseTmx('')).toThrow(TmxError);
  });
});
