import { describe, expect, it } from 'vitest';
import { renderReadingRows, type ReaderPair } from '@/lib/domain/reader/reading-rows.ts';

/** Pairs as a publication keeps them: each text without its surrounding whitespace, and that whitespace. */
function pairs(...rows: Array<[kind: string, source: string, target: string | null, spacing?: string]>): ReaderPair[] {
  return rows.map(([kind, source, target, spacing], index) => {
    const before = spacing ?? (index === 0 ? '' : '\n\n');
    return { position: index + 1, kind, source, target, spacing: { source: before, target: before } };
  });
}

const rowsOf = (article: { pairs: ReaderPair[]; unaligned?: Parameters<typeof renderReadingRows>[0]['unaligned'] }) =>
  renderReadingRows({ title: 'Lenses', unaligned: [], ...article });

describe('reading rows', () => {
  it('renders each column as one document: footnotes, references, list numbers and indented code as in the files', () => {
    const rows = rowsOf({
      pairs: pairs(
        ['heading', '# Lenses', '# 透镜'],
        ['paragraph', 'Light bends in [glass].[^1]', '光在[玻璃][glass]中弯折。[^1]'],
        ['code', 'pip install optics', null, '\n\n    '],
        ['list_item', '1. Grind.', '1. 研磨。', '\n\n'],
        ['list_item', '1. Polish.', '1. 抛光。', '\n'],
        ['other', '[glass]: https://example.org/glass', null],
        ['other', '[^1]: Or water.', '[^1]: 或者水。'],
      ),
    });
    // The title heading repeats the page header and the definition shows nothing: neither has a row.
    expect(rows.map((row) => row.position)).toEqual([2, 3, 4, 5, 7]);
    const [paragraph, code, first, second, note] = rows;
    expect(paragraph!.sourceHtml).toBe(
      '<p>Light bends in <a href="https://example.org/glass">glass</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="user-content-footnote-label">1</a></sup></p>',
    );
    expect(paragraph!.targetHtml).toBe(
      '<p>光在<a href="https://example.org/glass">玻璃</a>中弯折。<sup><a href="#user-content-zh-fn-1" id="user-content-zh-fnref-1" data-footnote-ref="" aria-describedby="user-content-zh-footnote-label">1</a></sup></p>',
    );
    expect([first!.sourceHtml, first!.targetHtml]).toEqual(['<ol>\n<li>Grind.</li>\n</ol>', '<ol>\n<li>研磨。</li>\n</ol>']);
    expect([second!.sourceHtml, second!.targetHtml]).toEqual(['<ol start="2">\n<li>Polish.</li>\n</ol>', '<ol start="2">\n<li>抛光。</li>\n</ol>']);
    expect(code).toMatchObject({ sourceHtml: '<pre><code>pip install optics\n</code></pre>', targetHtml: null });
    expect(note!.sourceHtml).toContain('<li id="user-content-fn-1">\n<p>Or water. <a href="#user-content-fnref-1"');
    expect(note!.targetHtml).toContain('<li id="user-content-zh-fn-1">\n<p>或者水。 <a href="#user-content-zh-fnref-1"');
  });

  it('keeps a list loose in the Chinese column when the Chinese file separates its items', () => {
    const [first] = rowsOf({
      pairs: [
        { position: 1, kind: 'list_item', source: '- One', target: '- 一', spacing: { source: '', target: '' } },
        { position: 2, kind: 'list_item', source: '- Two', target: '- 二', spacing: { source: '\n', target: '\n\n' } },
      ],
    });
    expect(first).toMatchObject({ sourceHtml: '<ul>\n<li>One</li>\n</ul>', targetHtml: '<ul>\n<li>\n<p>一</p>\n</li>\n</ul>' });
  });

  it('shows a Chinese block that matched no English one in a row of its own after the pair it followed', () => {
    const rows = rowsOf({
      pairs: pairs(['paragraph', 'First.', '第一。', '\n\n'], ['paragraph', 'Second.', '第二。']),
      unaligned: [
        { afterPosition: 1, text: '译者注：见附录。', spacing: '\n\n' },
        { afterPosition: null, text: '本文译自英文。', spacing: '' },
      ],
    });
    expect(rows).toEqual([
      { position: null, kind: 'unaligned', sourceHtml: null, targetHtml: '<p>本文译自英文。</p>' },
      { position: 1, kind: 'paragraph', sourceHtml: '<p>First.</p>', targetHtml: '<p>第一。</p>' },
      { position: null, kind: 'unaligned', sourceHtml: null, targetHtml: '<p>译者注：见附录。</p>' },
      { position: 2, kind: 'paragraph', sourceHtml: '<p>Second.</p>', targetHtml: '<p>第二。</p>' },
    ]);
  });

  it('leaves out the row of an HTML tag that opens a container, whose content has rows of its own', () => {
    const rows = rowsOf({
      pairs: pairs(['html', '<div align="center">', null], ['table', '| A |\n| - |\n| 1 |', '| 甲 |\n| - |\n| 1 |'], ['html', '</div>', null], ['thematic_break', '***', null]),
    });
    expect(rows.map((row) => [row.position, row.sourceHtml?.slice(0, 7)])).toEqual([
      [2, '<table>'],
      [4, '<hr>'],
    ]);
  });

  it('reads a publication made before the layout was recorded: blank lines between texts, list items one list', () => {
    const rows = rowsOf({
      pairs: [
        { position: 1, kind: 'list_item', source: '1. One', target: '1. 一' },
        { position: 2, kind: 'list_item', source: '1. Two', target: '1. 二' },
        { position: 3, kind: 'paragraph', source: 'After.', target: '之后。' },
      ],
    });
    expect(rows.map((row) => row.targetHtml)).toEqual(['<ol>\n<li>一</li>\n</ol>', '<ol start="2">\n<li>二</li>\n</ol>', '<p>之后。</p>']);
  });
});
