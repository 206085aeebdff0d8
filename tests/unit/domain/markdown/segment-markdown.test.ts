import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSource } from '@/lib/domain/markdown/hash-source.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent, splitSegmentSource } from '@/lib/domain/markdown/source-segment.ts';
import { ValidationError } from '@/lib/errors.ts';
import { IMAGE_PARAGRAPHS_OF_REFERENCES } from '../../../../bench/lib/hostile-markdown.ts';
import { ARTICLE } from '../../../../bench/lib/sample-markdown.ts';


const join = (markdown: string) =>
  segmentMarkdown(markdown)
    .map((segment) => segment.source)
    .join('');

describe('segmentMarkdown', () => {
  it('gives each block its kind and marks prose translatable', () => {
    const segments = segmentMarkdown(ARTICLE).map((segment) => [segment.kind, segment.translatable, segmentContent(segment.source)]);
    expect(segments).toEqual([
      ['frontmatter', false, '---'],
      ['frontmatter', true, 'title: "Shipping a tiny model"'],
      ['frontmatter', false, 'date: 2024-05-01'],
      ['frontmatter', false, 'authors:\n- user: ada'],
      ['frontmatter', true, 'description: A short tour of the release.'],
      ['frontmatter', false, '---'],
      ['heading', true, '# Shipping a tiny model'],
      ['paragraph', true, 'We trained a **small** model on 3 GPUs.\nIt fits on a phone.'],
      ['list_item', true, '- First item'],
      ['list_item', true, '- Second item\n  - nested detail stays inside'],
      ['list_item', true, '- Third item'],
      ['list_item', true, '1. Ordered one'],
      ['list_item', true, '2. Ordered two'],
      ['blockquote', true, '> Quotes are prose too.'],
      ['table', true, '| Model | Size |\n| ----- | ---- |\n| tiny  | 10M  |'],
      ['image', true, '![A chart of loss over time](/assets/loss.png)'],
      ['image', true, '[![Badge](https://example.com/badge.svg)](https://example.com)'],
      ['code', false, '```python\nprint("hello")\n```'],
      ['html', false, '<div align="center">\n  <img src="/assets/figure.png">\n</div>'],
      ['math', false, '$$\nE = mc^2\n$$'],
      ['thematic_break', false, '---'],
      ['other', false, '[ref]: https://example.com/reference'],
    ]);
    expect(join(ARTICLE)).toBe(ARTICLE);
  });

  it('attaches blank lines to the block before and leading text to the first block', () => {
    const segments = segmentMarkdown('\n\n# Title\n\n\nBody\n');
    expect(segments.map((segment) => segment.source)).toEqual(['\n\n# Title\n\n\n', 'Body\n']);
  });

  it('keeps the indentation of an indented list with its item', () => {
    const segments = segmentMarkdown('Intro\n\n  - one\n  - two\n');
    expect(segments.map((segment) => segment.source)).toEqual(['Intro\n\n', '  - one\n', '  - two\n']);
  });

  it('treats an image with text beside it as a paragraph', () => {
    expect(segmentMarkdown('![chart](/a.png) shows the loss.\n')[0]?.kind).toBe('paragraph');
  });

  it('splits TOML front matter per key as well', () => {
    const segments = segmentMarkdown('+++\ntitle = "Hello"\ndraft = true\n+++\n\nText\n');
    expect(segments.map((segment) => [segment.kind, segment.translatable])).toEqual([
      ['frontmatter', false],
      ['frontmatter', true],
      ['frontmatter', false],
      ['frontmatter', false],
      ['paragraph', true],
    ]);
  });

  it('keeps front matter that is not valid YAML as data', () => {
    const markdown = '---\ntitle: [unclosed\n---\n\nText\n';
    const segments = segmentMarkdown(markdown);
    expect(segments.filter((segment) => segment.kind === 'frontmatter').every((segment) => !segment.translatable)).toBe(true);
    expect(join(markdown)).toBe(markdown);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\n\t\n'],
    ['CRLF line endings', '---\r\ntitle: Hi\r\n---\r\n\r\n# Title\r\n\r\n- a\r\n- b\r\n\r\nText\r\n'],
    ['a byte order mark', '\uFEFF# Title\n\nText\n'],
    ['tabs', '\t- tabbed item\n\n\tcode by indentation\n\n-\tlist with tab\n'],
    ['no trailing newline', '# Title\n\nLast paragraph'],
    ['an unclosed code fence', 'Text\n\n```js\nconst open = true;\n\n# not a heading\n'],
    ['an unclosed front matter', '---\ntitle: Hi\n\nText\n'],
    ['unclosed HTML', '<div>\n<p>open\n\nText after\n'],
    ['a lone table row', '| a | b |\n\ntext | more\n'],
    ['Chinese and emoji', '# 标题 🚀\n\n中文段落，含 English 与 emoji 🎉。\n\n> 引用\n'],
    ['setext headings', '标题\n===\n\n小节\n---\n\n正文\n'],
  ])('round-trips a document with %s byte for byte', (_, markdown) => {
    expect(join(markdown)).toBe(markdown);
  });

  it('gives nothing for an empty document and one data segment for whitespace', () => {
    expect(segmentMarkdown('')).toEqual([]);
    expect(segmentMarkdown('\n\n')).toEqual([{ kind: 'other', source: '\n\n', translatable: false }]);
  });

  it('round-trips any Markdown-like text, and parsing in chunks changes nothing', () => {
    const pieces = [
      '# ', '## ', '```', '```js', '~~~', '| a | b |', '|---|---|', '- ', '* ', '1. ', '  ', '    ', '\t',
      '> ', '$$', '<div>', '</div>', '<!--', '-->', '---', '+++', '***', '===', '![x](y.png)', '[l](u)',
      'text', 'word ', '中文', '译者注', '🎉', '\n', '\n', '\n', '\r\n', '\n\n', '\uFEFF', '\\', '`', '[^1]: ',
    ];
    const markdownLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 });
    fc.assert(
      fc.property(markdownLike, (parts) => {
        const markdown = parts.join('');
        const segments = segmentMarkdown(markdown);
        expect(segments.map((segment) => segment.source).join('')).toBe(markdown);
        expect(segmentMarkdown(markdown, 16)).toEqual(segments);
      }),
      { numRuns: 400 },
    );
  });

  it('segments a long document, parsed in many chunks, as its parts', { timeout: 30_000 }, () => {
    const section = ARTICLE.replace(/^---[\s\S]*?---\n/, '');
    const copies = Math.ceil(300_000 / section.length);
    const markdown = section.repeat(copies);
    const segments = segmentMarkdown(markdown);
    expect(segments.map((segment) => segment.source).join('')).toBe(markdown);
    const sectionKinds = segmentMarkdown(section).map((segment) => segment.kind);
    expect(segments.map((segment) => segment.kind)).toEqual(Array.from({ length: copies }, () => sectionKinds).flat());
  });

  it('refuses a document nested past the Markdown limits, naming the line', () => {
    const markdown = `# Title\n\n${'- '.repeat(5000)}deep\n`;
    expect(() => segmentMarkdown(markdown)).toThrow(ValidationError);
    expect(() => segmentMarkdown(markdown)).toThrow('Line 3 nests block quotes and lists 5,000 levels deep; Duet accepts at most 100.');
  });

  it('segments around long runs of blank lines, which are shortened before parsing', () => {
    const markdown = `Intro\n${'\n'.repeat(100_000)}\`\`\`\ncode\n${' \n'.repeat(1000)}\`\`\`\r\n\r\n\r\n\r\n- item\n${'\n'.repeat(50)}  continued\n`;
    const segments = segmentMarkdown(markdown);
    expect(segments.map((segment) => [segment.kind, segmentContent(segment.source).slice(0, 6)])).toEqual([
      ['paragraph', 'Intro'],
      ['code', '```\nco'],
      ['list_item', '- item'],
    ]);
    expect(segments.map((segment) => segment.source).join('')).toBe(markdown);
  });

  it('tells image paragraphs without parsing paragraphs of thousands of brackets, which is quadratic', () => {
    expect(segmentMarkdown('![A [small] chart](/a.png)\n').map((segment) => segment.kind)).toEqual(['image']);
    // Each of these paragraphs is an image and 1,999 undefined references (within the limit of 2,000 `[`);
    // `npm run bench:pathological` times them (they once took 14 s).
    const segments = segmentMarkdown(IMAGE_PARAGRAPHS_OF_REFERENCES);
    expect(segments).toHaveLength(100);
    expect(segments.every((segment) => segment.kind === 'paragraph' && segment.translatable)).toBe(true);
    expect(segments.map((segment) => segment.source).join('')).toBe(IMAGE_PARAGRAPHS_OF_REFERENCES);
  });

  it('segments thousands of underlined headings, in a block quote too', () => {
    expect(segmentMarkdown('Title\n=====\n'.repeat(10_000)).every((segment) => segment.kind === 'heading')).toBe(true);
    expect(segmentMarkdown('> Title\n> =====\n'.repeat(4000)).map((segment) => segment.kind)).toEqual(['blockquote']);
  });

  it('cuts a long list into chunks between its items', () => {
    const markdown = Array.from({ length: 3000 }, (_, index) => `- item ${index}\n  continued`).join('\n');
    const segments = segmentMarkdown(markdown);
    expect(segments).toHaveLength(3000);
    expect(segments.every((segment) => segment.kind === 'list_item')).toBe(true);
    expect(segments.map((segment) => segment.source).join('')).toBe(markdown);
  });
});

describe('hashSource', () => {
  it('ignores line endings and surrounding whitespace but not the text', () => {
    expect(hashSource('Some text\r\nmore  \n\n')).toBe(hashSource('Some text\nmore'));
    expect(hashSource('Some text')).not.toBe(hashSource('Some text.'));
    expect(hashSource('Some text')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('gives the hashes stored by earlier versions', () => {
    expect(hashSource('Some text')).toBe('16f538102e1929');
    expect(hashSource('a  \nb\t\n c ')).toBe('02eeb5930ff6a9');
    expect(hashSource(' \r\n x \t\r\n\r\ny  ')).toBe('0f0b00941dfe53');
  });
});

describe('splitSegmentSource', () => {
  it('splits off the whitespace around a segment as the regular expressions it replaces did', () => {
    const text = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', '\uFEFF', '\u3000', 'a', 'b c'), { maxLength: 20 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const leading = /^[\uFEFF \t\r\n\f\v]*/.exec(source)![0];
        const trailing = leading.length === source.length ? '' : /[ \t\r\n\f\v]*$/.exec(source)![0];
        expect(splitSegmentSource(source)).toEqual({ leading, content: source.slice(leading.length, source.length - trailing.length), trailing });
      }),
    );
  });
});

describe('documentation macros', () => {
  it('carries a paragraph or list item made only of macros, and translates one with prose', () => {
    const segments = segmentMarkdown(
      '{{jsSidebar("Statements")}}\n\nThe **for** loop repeats {{jsxref("Statements/block", "a block")}}.\n\n' +
        '- {{domxref("Request.json()")}} / {{domxref("Response.json()")}}\n- Reads the body as {{jsxref("JSON")}}\n\n{{EmbedLiveSample("Example", 600, 200)}}\n',
    );
    expect(segments.map((segment) => [segment.kind, segment.translatable])).toEqual([
      ['paragraph', false],
      ['paragraph', true],
      ['list_item', false],
      ['list_item', true],
      ['paragraph', false],
    ]);
  });
});
