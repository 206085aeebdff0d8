import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkMathSyntax } from '@/lib/domain/markdown/math-syntax.ts';
import { parseTopLevelBlocks, type BlockType, type TopLevelBlock } from '@/lib/domain/markdown/parse-top-level-blocks.ts';
import { loadCorpus } from '../../../support/corpus.ts';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMathSyntax).freeze();

const MDAST_TYPES: Record<BlockType, string> = {
  atxHeading: 'heading',
  setextHeading: 'heading',
  paragraph: 'paragraph',
  blockQuote: 'blockquote',
  listOrdered: 'list',
  listUnordered: 'list',
  table: 'table',
  gfmFootnoteDefinition: 'footnoteDefinition',
  definition: 'definition',
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  mathFlow: 'math',
  thematicBreak: 'thematicBreak',
  yaml: 'yaml',
  toml: 'toml',
};

interface ComparableBlock {
  type: string;
  start: number | undefined;
  itemStarts: (number | undefined)[];
  /** Only front matter is cut by its end. */
  end?: number | undefined;
}

/** The reference: one full remark parse of the whole document, as segmentation worked before chunking. */
function remarkBlocks(markdown: string): ComparableBlock[] {
  return remark.parse(markdown).children.map((node) => ({
    type: node.type,
    start: node.position?.start.offset,
    itemStarts: node.type === 'list' ? node.children.map((item) => item.position?.start.offset) : [],
    ...(node.type === 'yaml' || (node.type as string) === 'toml' ? { end: node.position?.end.offset } : {}),
  }));
}

function scannedBlocks(markdown: string, chunkSize?: number): ComparableBlock[] {
  const blocks: ComparableBlock[] = [];
  let previous: TopLevelBlock | undefined;
  for (const block of parseTopLevelBlocks(markdown, chunkSize)) {
    const last = blocks[blocks.length - 1];
    // A list cut between two chunks comes back as two lists, the second starting where the first ends.
    if (last && previous?.type === block.type && MDAST_TYPES[block.type] === 'list' && previous.end === block.start) {
      last.itemStarts.push(...block.itemStarts);
    } else {
      blocks.push({
        type: MDAST_TYPES[block.type],
        start: block.start,
        itemStarts: [...block.itemStarts],
        ...(block.type === 'yaml' || block.type === 'toml' ? { end: block.end } : {}),
      });
    }
    previous = block;
  }
  return blocks;
}

const SAMPLE = `# Title

Intro with *inline* \`code\` and a [link](https://example.com).

- one
- two
  - nested
- three

1) first
2) second

> quoted
continued lazily

| a | b |
| - | - |
| 1 | 2 |

[^note]: A footnote.

[ref]: https://example.com

\`\`\`js
const fence = true;
\`\`\`

    indented code

<div>html</div>

$$
x^2
$$

Setext
------

***
`;

describe('parseTopLevelBlocks', () => {
  it('finds the blocks remark finds when runs of blank lines stand anywhere (they are shortened before parsing)', { timeout: 30_000 }, () => {
    const pieces = [
      '```', '~~~', '$$', '- ', '1. ', '> ', '    ', '  ', '[^1]: ', '<!--', '-->', '<div>', '---', '===', 'text', '| a |',
      '\n', '\n\n\n\n', '\n \t\n  \n\n', '\r\n\r\n\r\n', '\r\r\r\r', '\n    \n    \n    \n',
    ];
    const markdownLike = fc.array(fc.constantFrom(...pieces), { maxLength: 40 });
    fc.assert(
      fc.property(markdownLike, (parts) => {
        const markdown = parts.join('');
        expect(scannedBlocks(markdown)).toEqual(remarkBlocks(markdown));
        expect(scannedBlocks(markdown, 64)).toEqual(remarkBlocks(markdown));
      }),
      { numRuns: 500 },
    );
    const frontMatter = `---\ntitle: A\n\n\n\n\ndescription: B\n---\n\n\n\n\nText\n`;
    expect(scannedBlocks(frontMatter)).toEqual(remarkBlocks(frontMatter));
  });

  it('finds the blocks remark finds when a chunk grows over a long block into lists that end inside lists', { timeout: 60_000 }, () => {
    // A growing chunk stops after 64 lines that end a list or quote inside another, so the block's end
    // must still be found where remark finds it, however the chunk was cut.
    const tails = ['- - a\n'.repeat(150), '> - a\n>   - b\n'.repeat(100), `${'1. - a\n'.repeat(100)}\ntext\n`];
    const heads = [
      `\`\`\`\n${'code\n'.repeat(300)}\`\`\`\n`,
      `${'line of a paragraph\n'.repeat(300)}`,
      `${'> quoted\n'.repeat(300)}\n`,
      `| a |\n| - |\n${'| b |\n'.repeat(300)}\n`,
      `<div>\n${'html\n'.repeat(300)}</div>\n\n`,
      `- item\n${'  - nested\n    - deeper\n'.repeat(45)}${'  continued\n'.repeat(300)}`,
      `> - a\n${'>   - b\n>     - c\n'.repeat(45)}${'> quoted\n'.repeat(300)}`,
    ];
    for (const head of heads) {
      for (const tail of tails) {
        const markdown = head + tail;
        const reference = remarkBlocks(markdown);
        expect(scannedBlocks(markdown), markdown.slice(0, 30)).toEqual(reference);
        expect(scannedBlocks(markdown, 64), markdown.slice(0, 30)).toEqual(reference);
      }
    }
  });

  it('finds the blocks a whole-document remark parse finds, in chunks or not', () => {
    const markdown = `---\ntitle: Sample\n---\n\n${SAMPLE.repeat(30)}`;
    const reference = remarkBlocks(markdown);
    expect(scannedBlocks(markdown)).toEqual(reference);
    expect(scannedBlocks(markdown, 64)).toEqual(reference);
  });

  const corpus = loadCorpus();
  it.skipIf(!corpus)('finds the blocks of every corpus file that remark finds', { timeout: 30_000 }, () => {
    for (const file of corpus!.files) expect(scannedBlocks(file.markdown, 1024), file.name).toEqual(remarkBlocks(file.markdown));
  });

  it('finds the blocks of any Markdown-like text that remark finds', () => {
    const pieces = [
      '# ', '```', '~~~', '| a |', '|---|', '- ', '* ', '1. ', '2) ', '  ', '    ', '\t', '> ', '$$', '<div>', '<!--',
      '---', '+++', '***', '===', '[x]: /u', '[^1]: ', '![x](y.png)', 'text', '中文', '\n', '\n', '\n', '\r\n', '\r', '\uFEFF',
    ];
    const markdownLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 60 });
    fc.assert(
      fc.property(markdownLike, (parts) => {
        // The parser takes text without a byte order mark (segmentMarkdown strips it); remark drops a leading one.
        const markdown = parts.join('').replace(/^\uFEFF+/, '');
        expect(scannedBlocks(markdown)).toEqual(remarkBlocks(markdown));
      }),
      { numRuns: 300 },
    );
  });
});
