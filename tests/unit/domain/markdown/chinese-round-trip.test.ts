import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation, type ExportSegment } from '@/lib/domain/markdown/export-markdown.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';

/** What an untouched import exports, and the export input so a test can edit it first. */
function importPair(english: string, chinese: string) {
  const alignment = alignTranslation(segmentMarkdown(english), chinese);
  const segments = exportSegmentsFromAlignment(segmentMarkdown(english), alignment);
  const exportWith = (edited: ExportSegment[] = segments) =>
    exportTranslation(edited, { untranslated: 'omit', insertions: alignment.unaligned });
  return { alignment, segments, exported: exportWith(), exportWith };
}

const kindsOf = (markdown: string) => segmentMarkdown(markdown).map((segment) => segment.kind);

describe('exporting an imported translation', () => {
  it('keeps a Chinese indented code block indented where the English fenced it', () => {
    const english = 'Run this:\n\n```\npip install tool\n```\n\nThen go on.\n';
    const chinese = '运行：\n\n    pip install tool\n\n然后继续。\n';
    const { exported } = importPair(english, chinese);
    expect(exported).toBe(chinese);
    expect(kindsOf(exported)).toEqual(['paragraph', 'code', 'paragraph']);
  });

  it('does not indent a Chinese fence where the English indented its code', () => {
    const english = 'Run this:\n\n    pip install tool\n\nThen go on.\n';
    const chinese = '运行：\n\n```sh\npip install tool\n```\n\n然后继续。\n';
    expect(importPair(english, chinese).exported).toBe(chinese);
  });

  it('keeps the nesting of Chinese list items', () => {
    const english = '- one\n- two\n- three\n';
    const chinese = '- 一\n  - 二\n- 三\n';
    expect(importPair(english, chinese).exported).toBe(chinese);
  });

  it('writes a translator note with the separator that followed it, never glued to a tight list item', () => {
    const english = '- first item\n- second item\n\nClosing words.\n';
    const chinese = '- 第一项\n- 第二项\n\n> 译者注：这里是补充。\n\n结语。\n';
    const { alignment, exported } = importPair(english, chinese);
    expect(alignment.unaligned.map((block) => block.reason)).toEqual(['translator-note']);
    expect(exported).toBe(chinese);
  });

  it('keeps a closing rule under an unaligned paragraph a rule, not a heading underline', () => {
    const english = '# Title\n\nBody text here.\n';
    const chinese = '# 标题\n\n正文。\n\n本文由社区翻译。\n\n---\n';
    const { exported } = importPair(english, chinese);
    expect(exported).toBe(chinese);
    expect(kindsOf(exported)).toEqual(kindsOf(chinese));
  });

  it("follows the Chinese file's blank lines and its end without a final line break", () => {
    const english = '# Title\n\nFirst.\n\nSecond.\n';
    const chinese = '# 标题\n\n\n\n第一。\n第二。';
    expect(importPair(english, chinese).exported).toBe(chinese);
  });

  it('leaves out English-only blocks of an untouched import, and writes them once translated', () => {
    const english = 'Intro text.\n\n```python\nprint("added later")\n```\n\n<p align="center"><img src="a.png"></p>\n\nOutro text.\n';
    const chinese = '介绍。\n\n结尾。\n';
    const { segments, exported, exportWith } = importPair(english, chinese);
    expect(exported).toBe(chinese);
    const withCode = segments.map((segment, index) => (index === 1 ? { ...segment, translation: '```python\nprint("后来加的")\n```' } : segment));
    expect(exportWith(withCode)).toBe('介绍。\n\n```python\nprint("后来加的")\n```\n\n结尾。\n');
  });

  it('keeps an edited block in its Chinese place and puts text typed in Duet in the English layout', () => {
    const english = '# Title\n\nOne.\n\nTwo.\n\nThree.\n';
    const chinese = '# 标题\n一。\n\n三。\n';
    const { segments, exportWith } = importPair(english, chinese);
    const edited = segments.map((segment, index) => {
      if (index === 1) return { ...segment, translation: '一（改）。' };
      if (index === 2) return { ...segment, translation: '二。', absent: false };
      return segment;
    });
    expect(exportWith(edited)).toBe('# 标题\n一（改）。\n\n二。\n\n三。\n');
  });
});

/** Blocks whose English and Chinese forms are both generated, so a pair's alignment is known. */
const block = fc.oneof(
  fc.constantFrom(
    { en: 'A plain paragraph of prose.', zh: '一段普通的文字。' },
    { en: 'Another paragraph with a [link](https://example.com).', zh: '另一段带[链接](https://example.com)的文字。' },
    { en: '## A section heading', zh: '## 一个小节标题' },
    { en: '```js\nconsole.log(1)\n```', zh: '```js\nconsole.log(1)\n```' },
    { en: '```\nmake build\n```', zh: '    make build' },
    { en: '    npm test', zh: '```\nnpm test\n```' },
    { en: '- first\n- second', zh: '- 第一\n- 第二' },
    { en: '- first\n\n- second', zh: '- 第一\n\n- 第二' },
    { en: '1. step one\n2. step two', zh: '1. 第一步\n1. 第二步' },
    { en: '> A quoted remark.', zh: '> 一段引用。' },
    { en: '<p align="center"><img src="figure.png" width="500"></p>', zh: '<p align="center"><img src="figure.png" width="500"></p>' },
    { en: '| a | b |\n| - | - |\n| 1 | 2 |', zh: '| 甲 | 乙 |\n| - | - |\n| 1 | 2 |' },
  ),
  fc.constant({ en: null, zh: '> 译者注：补充说明。' }),
  fc.constant({ en: '```python\nadded_after_translation()\n```', zh: null }),
);

const separator = fc.constantFrom('\n\n', '\n\n\n', '\n\n\n\n');

describe('property: an untouched import exports the Chinese file', () => {
  it('with the same blocks of the same kinds, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('', '\n'),
        (blocks, ending) => {
          // Paragraph-like blocks need a heading between them to stay apart from a following list.
          const join = (side: 'en' | 'zh') =>
            blocks
              .flatMap(([pair, gap], index) => [`## ${side === 'en' ? 'Part' : '部分'} ${index}`, ...(pair[side] === null ? ['\n\n'] : ['\n\n', pair[side], gap])])
              .join('')
              .replace(/\s+$/, '') + ending;
          const english = join('en');
          const chinese = join('zh');
          const { exported } = importPair(english, chinese);
          expect(kindsOf(exported)).toEqual(kindsOf(chinese));
          expect(exported).toBe(chinese);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
