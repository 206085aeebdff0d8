import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportXliff12, exportXliff20 } from '@/lib/domain/export/export-xliff.ts';
import { parseXliff } from '@/lib/domain/export/parse-xliff.ts';
import { codeMarkdown, restoreMarkdown } from '@/lib/domain/xliff/inline-codes.ts';
import { buildArticle } from '../export/article-fixture.ts';
import { canValidateXliff, validateXliff } from '../export/xml-schema.ts';

/** One segment per inline kind, each with the block syntax around it that must stay out of the text. */
const KINDS: Record<string, string> = {
  link: 'Read [the paper](https://example.org/a?b=1&c=2 "Title") first.',
  'nested emphasis in a link': 'See [a *very* **bold** claim](https://e.org/x_(y)) here.',
  image: 'An image ![a river](/img/river.png) inline.',
  'reference link': 'A [full reference][ref] and a [shortcut] link.',
  'code span': 'Call `fetch(url, { method: "POST" })` now.',
  emphasis: 'Some *light* and _underscored_ words.',
  strong: 'Some **heavy** and __doubled__ words, and ~~struck~~ ones.',
  'inline HTML': 'A <kbd>Ctrl</kbd> key and <br/> a break.',
  math: 'Energy $E = mc^2$ and $$x$$ inline.',
  'autolinks and escapes': 'Visit <https://example.org> or https://e.org/x, \\*not emphasis\\* &amp; more.',
  'hard break': 'Line one  \nline two\\\nline three.',
  heading: '## A *heading* with `code` ##',
  'setext heading': 'A heading\n=========',
  'list item': '- A [link](https://e.org) in a list item\n  continued on a second line',
  'ordered item in a quote': '> 1. Quoted *item*\n>    continued',
  quote: '> A quoted **claim**\n> over two lines.',
  table: '| a | *b* |\n| --- | --- |\n| `1` | 2 |',
  'CRLF lines': 'First line with **bold**\r\nsecond line.',
};

describe('inline codes', () => {
  it.each(Object.entries(KINDS))('round-trip %s to exactly the Markdown', (_kind, markdown) => {
    const coded = codeMarkdown(markdown);
    expect(restoreMarkdown(coded.pieces, new Map(coded.codes.map((code) => [code.id, code])), coded)).toBe(markdown);
  });

  it('keeps the URL, the block syntax and the markup out of the text', () => {
    const coded = codeMarkdown('- See [a *very* claim](https://e.org/x) and `code`.');
    const text = coded.pieces.filter((piece) => typeof piece === 'string').join('');
    expect(text).toBe('See a very claim and .');
    expect(coded.head).toBe('- ');
    expect(coded.pieces).toEqual(['See ', { open: '1' }, 'a ', { open: '2' }, 'very', { close: '2' }, ' claim', { close: '1' }, ' and ', { ph: '3' }, '.']);
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '[', ']', '(', ')', '`', '<', '>', '\n', '-', '#', '|', '$', '\\', '!', '1', '.'), maxLength: 40 }), (markdown) => {
        const coded = codeMarkdown(markdown);
        expect(restoreMarkdown(coded.pieces, new Map(coded.codes.map((code) => [code.id, code])), coded)).toBe(markdown);
      }),
    );
  });
});

describe('XLIFF export and parse with inline codes', () => {
  const english = `${Object.values(KINDS).join('\n\n')}\n`;
  const article = buildArticle(english, {});
  const versions = [
    ['2.0', exportXliff20],
    ['1.2', exportXliff12],
  ] as const;

  it.each(versions)('gives back exactly the source Markdown of every kind (XLIFF %s)', (_version, exportXliff) => {
    const sources = parseXliff(exportXliff(article), article.segments).map((unit) => unit.source);
    expect(sources).toEqual(Object.values(KINDS).map((markdown) => markdown.replace(/\s+$/, '')));
  });

  it('writes 2.0 codes as <pc>/<ph> with their Markdown in <originalData>, and 1.2 codes as <bpt>/<ept>/<ph>', () => {
    const one = buildArticle(`${KINDS['nested emphasis in a link']}\n`, {});
    expect(exportXliff20(one)).toContain(
      '<source>See <pc id="1" dataRefStart="d1s" dataRefEnd="d1e" type="link" canDelete="no">a <pc id="2" dataRefStart="d2s" dataRefEnd="d2e" type="fmt" canDelete="no">very</pc>',
    );
    expect(exportXliff20(one)).toContain('<data id="d1e" xml:space="preserve">](https://e.org/x_(y))</data>');
    expect(exportXliff12(one)).toContain('<source>See <bpt id="1" ctype="link">[</bpt>a <bpt id="2" ctype="italic">*</bpt>very<ept id="2">*</ept>');
  });

  it('reads a file without the article from the Markdown the 2.0 file carries', () => {
    const one = buildArticle(`${KINDS.link}\n`, { 0: { text: '先读[论文](https://example.org/a?b=1&c=2 "Title")。', status: 'draft' } });
    expect(parseXliff(exportXliff20(one))[0]).toMatchObject({ source: KINDS.link, target: '先读[论文](https://example.org/a?b=1&c=2 "Title")。' });
  });

  it.skipIf(!canValidateXliff).each(versions)('validates against the OASIS schema with codes and notes (XLIFF %s)', (version, exportXliff) => {
    const withGlossary = { ...article, glossary: [{ source: 'paper', target: '论文', status: 'preferred' as const }] };
    withGlossary.segments = withGlossary.segments.map((segment) => ({ ...segment, translation: { text: '译文', status: 'draft', version: 2 } }));
    const xliff = exportXliff(withGlossary);
    expect(validateXliff(xliff, version).messages).toMatch(/validates\s*$/);
    expect(xliff).toContain(version === '2.0' ? 'duet:version="2"' : 'extradata="duet-version:2"');
    expect(xliff).toContain('Glossary: paper → 论文');
    expect(xliff).toContain('Duet status: draft');
  });
});
