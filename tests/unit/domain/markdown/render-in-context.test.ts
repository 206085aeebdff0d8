import { tests as specExamples } from 'commonmark-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { contentsWithSpacing } from '@/lib/domain/markdown/source-segment.ts';
import { renderMarkdown, renderMarkdownPieces } from '@/lib/domain/render-markdown.ts';
import { loadCorpus } from '../../../support/corpus.ts';
import { comparableBlocks, leafBlocks } from '../../../support/rendered-blocks.ts';

/** A document's segments as the reader gets them: each one's text and the whitespace before it. */
function piecesOf(markdown: string) {
  return contentsWithSpacing(segmentMarkdown(markdown).map((segment) => segment.source));
}

const render = (markdown: string, language: 'en' | 'zh' = 'en') => renderMarkdownPieces(piecesOf(markdown), { language });

/**
 * Rendering segment by segment gives the blocks of the whole document, in order, with the numbers
 * its lists and footnotes show. Raw HTML blocks are left out of the documents compared: each is
 * parsed in its own segment, so a `<div>` opened in one is closed there (see the test below).
 */
function expectSegmentsRenderAsWhole(markdown: string, chunkLines?: number) {
  const pieces = piecesOf(markdown);
  const segments = segmentMarkdown(markdown);
  const compared = pieces.map((piece, index) => (segments[index]!.kind === 'html' ? { ...piece, text: '' } : piece));
  const whole = renderMarkdown(compared.map((piece) => piece.before + piece.text).join(''));
  const { whole: expected, pieces: actual } = comparableBlocks(whole, renderMarkdownPieces(compared, {}, chunkLines));
  expect(actual, markdown).toEqual(expected);
}

describe('rendering segments in the context of their document', () => {
  it('links a footnote call in one segment to its definition in another, both ways, with ids prefixed once', () => {
    const [call, , definition] = render('Light bends.[^lens]\n\nMore text.\n\n[^lens]: Through glass.\n');
    expect(call).toContain('<a href="#user-content-fn-lens" id="user-content-fnref-lens" data-footnote-ref="" aria-describedby="user-content-footnote-label">1</a>');
    expect(definition).toContain('<li id="user-content-fn-lens">');
    expect(definition).toContain('<a href="#user-content-fnref-lens" data-footnote-backref=""');
    expect(definition).toContain('<h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
    expect(definition).toContain('Through glass.');
    expect(`${call}${definition}`).not.toContain('user-content-user-content');
  });

  it('numbers footnotes by their first call, and gives a Chinese document ids of its own and a Chinese label', () => {
    const html = render('二[^b]一[^a]\n\n[^a]: 甲\n\n[^b]: 乙\n', 'zh');
    expect(html[0]).toContain('<a href="#user-content-zh-fn-b" id="user-content-zh-fnref-b" data-footnote-ref="" aria-describedby="user-content-zh-footnote-label">1</a>');
    expect(html[1]).toMatch(/<ol start="2">\n<li id="user-content-zh-fn-a">/);
    expect(html[2]).toContain('<h2 class="sr-only" id="user-content-zh-footnote-label">脚注</h2>');
    expect(html[2]).toContain('aria-label="返回引用 1"');
  });

  it('numbers the items of an ordered list as the list does, from its start', () => {
    const numbers = (markdown: string) => render(markdown).map((html) => /^<ol(?: start="(\d+)")?>/.exec(html)?.[1] ?? '1');
    expect(numbers('1. one\n1. two\n1. three\n')).toEqual(['1', '2', '3']);
    expect(numbers('3. three\n3. four\n')).toEqual(['3', '4']);
  });

  it('keeps a list loose when a blank line stands between any two items, and tight otherwise', () => {
    expect(render('- a\n\n- b\n- c\n')).toEqual(['<ul>\n<li>\n<p>a</p>\n</li>\n</ul>', '<ul>\n<li>\n<p>b</p>\n</li>\n</ul>', '<ul>\n<li>\n<p>c</p>\n</li>\n</ul>']);
    expect(render('- a\n- b\n')).toEqual(['<ul>\n<li>a</li>\n</ul>', '<ul>\n<li>b</li>\n</ul>']);
  });

  it('keeps the indentation of a first line: an indented code block stays code', () => {
    expect(render('Install it:\n\n    pip install x\n\n    ***\n')).toEqual(['<p>Install it:</p>', '<pre><code>pip install x\n\n***\n</code></pre>']);
    expect(renderMarkdownPieces([{ before: '\n\n    ', text: '***' }])).toEqual(['<pre><code>***\n</code></pre>']);
  });

  it('resolves link and image references to definitions in other segments, which render nothing', () => {
    const html = render('See [the docs] and ![a cat][cat].\n\n[the docs]: https://example.org/docs "Docs"\n[cat]: https://example.org/cat.png\n');
    expect(html[0]).toBe('<p>See <a href="https://example.org/docs" title="Docs">the docs</a> and <img src="https://example.org/cat.png" alt="a cat" loading="lazy" decoding="async">.</p>');
    expect(html.slice(1)).toEqual(['', '']);
  });

  it('parses raw HTML in its own segment: a <div> left open there is closed there, and the Markdown inside is its own block', () => {
    expect(render('<div align="center">\n\n**Bold** text.\n\n</div>\n')).toEqual(['<div class="align-center"></div>', '<p><strong>Bold</strong> text.</p>', '']);
  });

  it('renders a long document in chunks as in one parse: lists cut between chunks, references and footnotes across them', () => {
    const items = Array.from({ length: 40 }, (_, index) => `${index + 1}. Item [ref] ${index}${index === 20 ? '\n\n    Second paragraph.' : ''}[^n]\n`).join('');
    const markdown = `---\ntitle: x\n---\n${items}\n---\n\nSetext\n---\n\n${'Filler.\n\n'.repeat(30)}[ref]: /r\n\n[^n]: Note.\n`;
    const chunked = renderMarkdownPieces([{ before: '', text: markdown }], {}, 4)[0];
    expect(chunked).toBe(renderMarkdownPieces([{ before: '', text: markdown }], {}, Infinity)[0]);
    expect(chunked).toContain('<li>\n<p>Item <a href="/r">ref</a> 39<sup>');
    expect(chunked).toContain('<hr>\n<h2>Setext</h2>');
    expectSegmentsRenderAsWhole(markdown, 4);
  }, 30_000);

  it('keeps an indented code block that opens the last chunk apart from a footnote defined in another chunk (found by the property below)', () => {
    expectSegmentsRenderAsWhole('Opening.\n\n[^n]: The note.\n```\nfenced\n```\n    indented code\nText with a [ref] and a note[^n].\n', 2);
  });

  it('renders a text past the Markdown limits as its escaped text, and the other pieces of its document as they are', () => {
    const deep = `${'> '.repeat(200)}deep`;
    expect(renderMarkdownPieces([{ before: '', text: '*One*' }, { before: '\n\n', text: deep }])).toEqual(['<p><em>One</em></p>', `<pre>${'&#x3e; '.repeat(200)}deep</pre>`]);
  });
});

/** Documents of a few blocks each, for what the CommonMark and GFM specs describe. */
const REPRESENTATIVE_DOCUMENTS = [
  '# ATX\n\nSetext\n======\n\nText\n---\n\n***\n\n- - -\n',
  '\tcode with a tab\n\n  \tmore\n\nparagraph\n    continued\n\n    code after a blank\n',
  '```js\nconst a = 1;\n\n\n```\n\n~~~\nno close\n',
  '> quote\ncontinued lazily\n\n> - list in a quote\n>\n> 1. ordered\n\n>\n',
  '1. one\n2. two\n\n   two, second paragraph\n3. three\n\n- bullet\n+ other bullet list\n\n* star\n',
  '10) ten\n11) eleven\n\n1. a\n\n\n2. b\n',
  '- a\n  - nested\n\n    nested, loose\n- b\n\n  ```\n  code in an item\n  ```\n',
  '- [ ] task\n- [x] done\n\n1. first\n-  not ordered\n',
  '[Foo *bar*]: /url "title"\n\n[foo *bar*], [Foo *Bar*][] and [text][FOO *BAR*].\n\n[baz]\n\n[baz]:\n  /baz-url\n',
  '![img] ![alt][img]\n\n[img]: /img.png \'Title\'\n\n[missing] stays text.\n',
  'a[^1] b[^2] c[^1]\n\n[^2]: Two\n\n    indented continuation\n\n[^1]: One\n\n[^unused]: Never called.\n',
  '| a | b |\n| --- | :-: |\n| 1 | [x] |\n\n[x]: /x\n',
  'Inline `code`, *emphasis*, **strong**, ~~struck~~, <https://a.example>, www.example.com, a\\*b, &copy; &#35;.\n\nHard  \nbreak and soft\nbreak.\n',
  '$$\nx^2\n$$\n\nInline $a+b$ and a price of $5.\n',
  '<details>\n<summary>More</summary>\n\nInside *Markdown*.\n\n</details>\n\n<!-- a comment -->\n\nAfter.\n',
  '---\ntitle: Front\ntags: [a]\n---\n\n# Title\n\nBody.\n',
  'Paragraph\n\n\n\n\n- item after blank lines\n\n\n- second item\n',
  '- \n  item starting blank\n- second\n\n1.\n\n2. two\n',
  '* a\n*\n\n* c\n',
  'Text\n\n    code\n\n    more code\n\nText\n\n1. list\n\n        code in item\n',
];

const BLOCKS = [
  'Text with a [ref] and a note[^n].',
  '- item',
  '- item [ref]',
  '1. first',
  '3. third',
  '    indented code',
  '> quote',
  '# Heading',
  '```\nfenced\n```',
  '[ref]: /url',
  '[^n]: The note.',
  '| a |\n| - |\n| b |',
  '---',
  'Setext\n===',
];

describe('segment by segment equals the whole document', () => {
  it('for documents covering the CommonMark and GFM constructs', () => {
    for (const markdown of REPRESENTATIVE_DOCUMENTS) expectSegmentsRenderAsWhole(markdown);
  });

  // A document opening with `---` that is not front matter is left out: while micromark's front matter
  // construct waits for a closing `---`, no list or quote can start, to the end of the document.
  it('for any sequence of blocks and separators', () => {
    const documents = fc
      .array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n', '\n\n', '\n\n\n', '\n  \n')), { minLength: 1, maxLength: 12 })
      .map((blocks) => `Opening.\n\n${blocks.map(([block, separator]) => block + separator).join('')}`);
    fc.assert(fc.property(documents, (markdown) => expectSegmentsRenderAsWhole(markdown)), { numRuns: 200 });
    // Parsed two lines at a time, to cut between as many blocks as possible.
    fc.assert(fc.property(documents, (markdown) => expectSegmentsRenderAsWhole(markdown, 2)), { numRuns: 300 });
  }, 60_000);

  it('shows each list item with its list: numbered, and loose or tight, as the whole list', () => {
    const blocks = leafBlocks(render('2. a\n2. b\n\n2. c\n').join('\n'));
    expect(blocks.map((block) => [block.number, block.html])).toEqual([
      [2, '<li>\n<p>a</p>\n</li>'],
      [3, '<li>\n<p>b</p>\n</li>'],
      [4, '<li>\n<p>c</p>\n</li>'],
    ]);
  });
});

/**
 * All 652 examples of the CommonMark spec 0.31.2 (the commonmark-spec package). Raw HTML blocks are
 * parsed in their own segment (see above), so the spec's "HTML blocks" section is the documented
 * exception: a `<div>` left open there swallows the Markdown after it in a whole render.
 */
describe('segment by segment equals the whole document, on the CommonMark spec', () => {
  it('for every example outside the HTML blocks section', () => {
    expect(specExamples).toHaveLength(652);
    for (const example of specExamples.filter((item) => item.section !== 'HTML blocks')) {
      // The spec writes tabs as → so they show; the examples are their Markdown with real tabs.
      expectSegmentsRenderAsWhole(example.markdown.replace(/→/g, '\t'));
    }
  }, 120_000);
});

const corpus = loadCorpus();

describe.skipIf(!corpus)('segment by segment equals the whole document, on the corpus', () => {
  it('for every file, parsed in chunks as in one piece', () => {
    for (const file of corpus!.files) {
      expectSegmentsRenderAsWhole(file.markdown);
      const text = piecesOf(file.markdown)
        .map((piece) => piece.before + piece.text)
        .join('');
      expect(renderMarkdown(text), file.name).toBe(renderMarkdownPieces([{ before: '', text }], {}, Infinity)[0]);
    }
  }, 240_000);
});
