import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarkdownView } from '@/lib/domain/checks/markdown-view.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { findMarkdownLimitProblem, scanMarkdownStructure } from '@/lib/domain/markdown/markdown-limits.ts';
import { closesMathAfterContent } from '@/lib/domain/markdown/math-flow.ts';
import { parseTopLevelBlocks } from '@/lib/domain/markdown/parse-top-level-blocks.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import { markdownToPlainText } from '@/lib/domain/search/plain-text.ts';

const PRICES = 'Each run costs $0.025. The whole sweep came to around $0.7 for the same experiment.';
/** What a reader sees typeset: the TeX of each KaTeX span. */
const typesetTex = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((match) => match[1]);
const kinds = (markdown: string) => segmentMarkdown(markdown).map((segment) => [segment.kind, segmentContent(segment.source)]);

describe('inline math by Pandoc\'s rule', () => {
  it('leaves dollar amounts as text: in the reader, the segments, the checks and search', () => {
    expect(renderMarkdown(PRICES)).toBe(`<p>${PRICES}</p>`);
    expect(kinds(PRICES)).toEqual([['paragraph', PRICES]]);
    expect(buildMarkdownView(PRICES).protectedSpans).toEqual([]);
    expect(markdownToPlainText(PRICES)).toBe(PRICES);
    // The numbers in a price are checked like any other.
    const findings = runChecks({ source: PRICES, target: '每次运行花费 $0.025。整个实验花了约 $0.8。' });
    expect(findings.map((finding) => [finding.checkId, finding.params])).toContainEqual(['numbers', { value: '0.7' }]);
  });

  it('typesets real inline math', () => {
    const html = renderMarkdown('Cost $O(n)$ for $x^2$, with $\\alpha$ and $1$; $\\$100$ is TeX\'s dollar.');
    expect(typesetTex(html)).toEqual(['O(n)', 'x^2', '\\alpha', '1', '\\$100']);
    expect(buildMarkdownView('即 $x^2$ 与 $O(n)$。').protectedSpans).toEqual([
      { start: 2, end: 7 },
      { start: 10, end: 16 },
    ]);
  });

  it.each([
    ['an opening dollar before a space', 'between $ x $ and y'],
    ['a closing dollar after a space', 'from $5 to $10 a month'],
    ['a closing dollar before a digit', 'costs $5, not 20$5'],
    ['a dollar after a space inside the span, which ends it', 'pay $5 and $6'],
    ['a lone dollar', 'US$ and $'],
  ])('is not math with %s', (_name, text) => {
    expect(renderMarkdown(text)).not.toContain('katex');
  });

  it('ends at the first dollar: a span cut short by a price does not hide the math after it', () => {
    expect(typesetTex(renderMarkdown('It costs $5 per $n$ tokens.'))).toEqual(['n']);
  });

  it('keeps $$…$$ in a line as math, padded or not', () => {
    expect(typesetTex(renderMarkdown('$$ f: \\mathbf{X} \\to \\mathbf{Y}. $$\n\nand $$x$$ inline'))).toEqual(['f: \\mathbf{X} \\to \\mathbf{Y}.', 'x']);
  });
});

describe('display math closed by a $$ ending a line', () => {
  const document = 'Intro.\n\n$$\np(y) = \\prod_{i=1}^{n} p(y_i).$$\n\nThe decoder maps *this*.\n\nNext paragraph.\n';

  it('segments the formula alone, and the prose after it as paragraphs again', () => {
    expect(kinds(document)).toEqual([
      ['paragraph', 'Intro.'],
      ['math', '$$\np(y) = \\prod_{i=1}^{n} p(y_i).$$'],
      ['paragraph', 'The decoder maps *this*.'],
      ['paragraph', 'Next paragraph.'],
    ]);
    expect(segmentMarkdown(document).map((segment) => segment.source).join('')).toBe(document);
  });

  it('renders one display formula followed by the paragraphs', () => {
    const html = renderMarkdown(document);
    expect(html.match(/class="katex-display"/g)).toHaveLength(1);
    expect(typesetTex(html)).toEqual(['p(y) = \\prod_{i=1}^{n} p(y_i).']);
    expect(html).toContain('<p>The decoder maps <em>this</em>.</p>\n<p>Next paragraph.</p>');
  });

  it('takes text after the opening $$ as the formula\'s first line', () => {
    const opened = '$$ \\frac{a}{b}\n= c).$$\nAfter.\n';
    expect(kinds(opened)).toEqual([
      ['math', '$$ \\frac{a}{b}\n= c).$$'],
      ['paragraph', 'After.'],
    ]);
    expect(typesetTex(renderMarkdown(opened))).toEqual(['\\frac{a}{b}\n= c).']);
  });

  it('still closes on a line of its own, and reads on past dollars inside a line', () => {
    expect(kinds('$$\na $ b $$ c\nd\n$$\ne\n')).toEqual([
      ['math', '$$\na $ b $$ c\nd\n$$'],
      ['paragraph', 'e'],
    ]);
  });

  it('is closed where the parser closes it by the scan that enforces the Markdown limits', () => {
    expect(scanMarkdownStructure('$$\nx).$$\n').endsInsideRawBlock).toBe(false);
    // The text after the formula is Markdown, so it is held to the limits.
    expect(findMarkdownLimitProblem(`$$\nx).$$\n${'> '.repeat(200)}a\n`)?.line).toBe(3);
  });

  it('ends its formula on the same lines as the parser does, by either reading of the rule', () => {
    const line = fc.array(fc.constantFrom('$', '$$', ' ', '\t', 'a', '\\'), { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(line, (content) => {
        const markdown = `$$\n${content}\nafter\n`;
        const [math] = parseTopLevelBlocks(markdown);
        const isClosingLine = /^ {0,3}\${2,}[ \t]*$/.test(content);
        const endsOnLine = math?.type === 'mathFlow' && math.end === 3 + content.length;
        expect(endsOnLine).toBe(isClosingLine || closesMathAfterContent(content, 2));
      }),
      { numRuns: 500 },
    );
  });
});
