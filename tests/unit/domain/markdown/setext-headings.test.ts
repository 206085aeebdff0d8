import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { linearSetextHeadings } from '@/lib/domain/markdown/setext-headings.ts';

const remark = unified().use(remarkParse).use(remarkGfm).freeze();
const remarkLinear = remark()
  .use(function linearSetext(this: Processor) {
    (this.data().micromarkExtensions ??= []).push(linearSetextHeadings);
  })
  .freeze();

/**
 * A parse's tree, or the error it ended with: in development builds mdast-util-gfm-task-list-item
 * asserts on some inputs (`-\n[x]\ta`) with or without our extension, and then both must fail alike.
 */
function outcome(parse: () => unknown): { tree: unknown } | { error: string } {
  try {
    return { tree: parse() };
  } catch (error) {
    return { error: String(error) };
  }
}

const PIECES = ['a', 'b c', '\n', '\n', '\r\n', '===', '---', '-', '=', ' ', '    ', '> ', '- ', '1. ', '[x]: /u', '[y]: /u "t"', '[x]', '# h', '```', '<div>', '| a |', '|---|', '*', '\t'];
const markdownLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('linearSetextHeadings', () => {
  it('parses exactly as micromark does: same HTML, same syntax tree with the same positions', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(markdownLike, (markdown) => {
        expect(micromark(markdown, { extensions: [gfm(), linearSetextHeadings], htmlExtensions: [gfmHtml()] })).toBe(
          micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
        );
        expect(outcome(() => remarkLinear.parse(markdown))).toEqual(outcome(() => remark.parse(markdown)));
      }),
      { numRuns: 1000 },
    );
  });

  it('fails alike where the parser itself fails (found by the property above)', () => {
    const markdown = '-\n[x]\ta';
    expect(outcome(() => remarkLinear.parse(markdown))).toEqual(outcome(() => remark.parse(markdown)));
  });

  it('keeps definitions before an underlined heading as definitions', () => {
    const markdown = '[x]: /u\nTitle\n=====\n\n[link][x]\n';
    expect(micromark(markdown, { extensions: [linearSetextHeadings] })).toBe('<h1>Title</h1>\n<p><a href="/u">link</a></p>\n');
  });
});
