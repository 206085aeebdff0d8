import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { maxCheckedTextLength } from '@/lib/validation/checks.ts';
import { findGlossaryTerms } from '@/lib/domain/glossary/find-glossary-terms.ts';
import type { GlossaryEntry } from '@/lib/domain/glossary/glossary-term.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation } from '@/lib/domain/markdown/export-markdown.ts';
import { reanchorSegments } from '@/lib/domain/markdown/reanchor.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { alignSentences, splitChineseSentences, splitEnglishSentences } from '@/lib/domain/memory/sentences.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import { ValidationError } from '@/lib/errors.ts';
import { importArticleSchema } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { PATHOLOGICAL_DOCUMENTS } from '../../../bench/lib/hostile-markdown.ts';

/*
 * The Markdown pipeline on hostile input: segmenting, aligning an imported translation, re-anchoring,
 * exporting, rendering, the checks, glossary matching and sentence splitting never throw, keep their
 * promises (segments join back to the input; rendered HTML never carries script), and give their
 * whole output on the inputs that make naive Markdown parsers quadratic or blow their stack (how long
 * each step takes on those is printed by `npm run bench:pathological`).
 * (Round-trips on small Markdown-like text are in tests/unit/domain/markdown/*; this file is about
 * arbitrary bytes and size.)
 */

// Script that the renderer must neutralise, in every place Markdown can carry it.
const XSS = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//x.test/a.js></SCRIPT>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>', '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](java\tscript:alert(1))',
  '[x](&#106;avascript:alert(1))', '![x](javascript:alert(1))', '<javascript:alert(1)>', '[x]: javascript:alert(1)\n\n[x]',
  '[x](<javascript:alert(1)>)', '[x](data:text/html,<script>alert(1)</script>)', '$\\href{javascript:alert(1)}{x}$',
  '$$\n\\url{javascript:alert(1)}\n$$', '<iframe src=javascript:alert(1)>', '<div style="x" onclick="alert(1)">', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '[x](vbscript:msgbox(1))', '<details open ontoggle=alert(1)>', '```html\n<script>alert(1)</script>\n```', '`<script>`',
];
const PIECES = [
  '# ', '## ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '   ', '    ', '\t', '\n', '\n\n', '\r\n', '---', '***', '___', '===', '```', '~~~', '`', '``',
  '*', '**', '_', '__', '~~', '[', ']', '(', ')', '![', '](', '<', '>', '|', '| --- |', ':--:', '$', '$$', '\\', '&amp;', '&#0;', '&#x110000;',
  '[^1]', '[^1]: ', '---\n', '+++\n', 'title: ', 'a', 'word', 'Stone bridges last 300 years.', '石桥可以屹立三百年。', '译者注：', '\uFEFF',
  '\u0000', '\u202e', '\ud800', '\udc00', '😀', 'https://example.com/a?b=c', 'www.example.com', 'a@example.test', '<!--', '-->',
  ...XSS,
];

const markdownLike = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 80 })
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(markdownLike, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

const glossaryTerm = fc.record({
  source: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.constantFrom('bridge', 'stone bridge', '.NET', 'C++', 'GPU', 'a', '(', '\\', '*', '[a-z]+', 'x'.repeat(200))),
  target: fc.string({ maxLength: 10 }),
  status: fc.constantFrom('preferred', 'forbidden', 'allowed'),
}) as fc.Arbitrary<GlossaryEntry>;

/** A start or end tag of rehype-stringify's output: attribute values are always double-quoted. */
const TAG = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;

/**
 * Rendered HTML: text's `<` is escaped, and so is an attribute value's (a code fence's info string
 * becomes `class="language-…"`), so `<script` never appears, every tag is real markup and its
 * attributes can be read off. Violations are collected and asserted once, as a page of 40,000 tags
 * would otherwise take seconds of assertions.
 */
function assertNoScript(html: string): void {
  expect(html).not.toMatch(/<script/i);
  const violations: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    if (['script', 'iframe', 'object', 'embed', 'style', 'base', 'form'].includes(tag[1]!.toLowerCase())) violations.push(tag[0]);
    for (const attribute of tag[2]!.matchAll(/([^\s="']+)(?:="([^"]*)")?/g)) {
      const attributeName = attribute[1]!.toLowerCase();
      if (attributeName.startsWith('on')) violations.push(tag[0]);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'].includes(attributeName)) {
        const value = decodeEntities(attribute[2] ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        if (/^(?:javascript|vbscript|data):/.test(value)) violations.push(tag[0]);
      }
    }
  }
  expect(violations).toEqual([]);
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_match, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&amp;/g, '&');
}

/** The ValidationError (a 400) that `run` throws. */
function validationErrorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    return error as ValidationError;
  }
  throw new Error('Expected a ValidationError');
}

/**
 * Everything the pipeline does with a document, checked as it goes. A document past the Markdown
 * limits (`refusal`, the message expected) is refused by the import and by segmenting, as the
 * source or the translation of an article, and rendered as its escaped text. Returns the rendered
 * HTML and, for a document within the limits, its export as its own translation.
 */
function runPipeline(markdown: string, refusal?: RegExp): { html: string; exported: string | null } {
  let segments: ReturnType<typeof segmentMarkdown> = [];
  let exported: string | null = null;
  const html = renderMarkdown(markdown);
  assertNoScript(html);
  if (refusal) {
    // What the import form, the API and the CLI answer: a 400 naming the line and the limit, per file.
    const error = validationErrorOf(() => parseOrThrow(importArticleSchema, { markdown, translation: markdown }));
    expect(error.fieldErrors).toEqual({ markdown: [expect.stringMatching(refusal)], translation: [expect.stringMatching(refusal)] });
    expect(validationErrorOf(() => segmentMarkdown(markdown)).message).toMatch(refusal);
    expect(validationErrorOf(() => alignTranslation(segmentMarkdown('# Title\n'), markdown)).message).toMatch(refusal);
    expect(html.startsWith('<pre>'), 'shown as its escaped text').toBe(true);
  } else {
    segments = segmentMarkdown(markdown);
    expect(segments.map((segment) => segment.source).join('') === markdown, 'segments join back to the input byte for byte').toBe(true);
    const alignment = alignTranslation(segments, markdown);
    for (const pair of alignment.pairs) expect(pair.segmentIndex).toBeLessThan(segments.length);
    exported = exportTranslation(exportSegmentsFromAlignment(segments, alignment), { untranslated: 'source', insertions: alignment.unaligned });
    const stored = segments.map((segment, index) => ({ ...segment, id: `s${index}` }));
    expect(reanchorSegments(stored, segmentMarkdown(`${markdown}\n\nAdded.\n`)).segments.length).toBeGreaterThan(0);
  }
  // Checks run on one segment's text, which the API and the editor cap (runChecksSchema, translationTextSchema).
  const checked = markdown.slice(0, maxCheckedTextLength);
  const first = (segments.find((segment) => segment.translatable)?.source ?? markdown).slice(0, maxCheckedTextLength);
  expect(Array.isArray(runChecks({ source: checked, target: checked }))).toBe(true);
  expect(Array.isArray(runChecks({ source: first, target: checked, kind: segments[0]?.kind }))).toBe(true);
  const matches = findGlossaryTerms(markdown, [
    { source: 'a', target: '甲', status: 'preferred' },
    { source: 'stone bridge', target: '石桥', status: 'preferred' },
    { source: 'GPU', target: 'GPU', status: 'preferred' },
  ]);
  for (const match of matches) expect(markdown.slice(match.start, match.end)).toBe(match.text);
  for (const sentence of [...splitEnglishSentences(markdown), ...splitChineseSentences(markdown)]) expect(sentence.trim()).toBe(sentence);
  alignSentences(markdown, markdown);
  return { html, exported };
}

describe('the Markdown pipeline on arbitrary input', () => {
  it('never throws, segments join back to the input, and rendering never emits script', () => {
    fc.assert(
      fc.property(anyText, (markdown) => {
        runPipeline(markdown);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('renders no script from any mix of XSS payloads and Markdown', () => {
    const payloads = fc.array(fc.oneof(fc.constantFrom(...XSS), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(payloads, (markdown) => assertNoScript(renderMarkdown(markdown))), { numRuns: 300 });
  }, 120_000);

  it('aligns any translation with any source without losing or inventing text', () => {
    fc.assert(
      fc.property(anyText, anyText, (english, chinese) => {
        const segments = segmentMarkdown(english);
        const alignment = alignTranslation(segments, chinese);
        for (const text of [...alignment.pairs.map((pair) => pair.text), ...alignment.unaligned.map((block) => block.text)]) expect(chinese).toContain(text);
        for (const merged of alignment.merged) expect(merged.segmentIndex).toBeLessThan(segments.length);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('matches any glossary against any text without throwing, in text order and without overlaps', () => {
    fc.assert(
      fc.property(anyText, fc.array(glossaryTerm, { maxLength: 8 }), (source, terms) => {
        let end = 0;
        for (const match of findGlossaryTerms(source, terms)) {
          expect(match.start).toBeGreaterThanOrEqual(end);
          expect(source.slice(match.start, match.end)).toBe(match.text);
          end = match.end;
        }
        runChecks({ source, target: source, glossary: terms });
      }),
      { numRuns: 300 },
    );
  });
});

/*
 * Inputs known to make Markdown parsers quadratic or exhaust their stack (bench/lib/hostile-markdown.ts):
 * each step still gives its whole output, whose size grows linearly with the document's, or the
 * document is refused because it is past the Markdown limits (lib/domain/markdown/markdown-limits.ts).
 */
/** The documents past the Markdown limits, and the refusal each gets. */
const NESTED_100_DEEP = /^Line 1 nests block quotes and lists (5,000|10,000) levels deep; Duet accepts at most 100\.$/;
const OPEN_BRACKETS = /^Line 1 has more than 256 "\[" open at once; Duet accepts links and brackets nested at most 256 deep\.$/;
const PARAGRAPH_BRACKETS = /^Line 1 has more than 2,000 "\[" in one paragraph; Duet accepts at most 2,000\.$/;
const REFUSED: Record<string, RegExp> = {
  '5,000 nested blockquotes': NESTED_100_DEEP,
  '200 lines of 5,000 nested blockquotes': NESTED_100_DEEP,
  '5,000 nested list items': NESTED_100_DEEP,
  '5,000 nested ordered lists and quotes': NESTED_100_DEEP,
  '10,000 nested emphasis': /^Line 1 nests emphasis \(\* or _\) more than 100 levels deep; Duet accepts at most 100\.$/,
  '3,000 nested emphasis of single delimiters': /^Line 1 nests emphasis \(\* or _\) more than 100 levels deep/,
  '50,000 deeply nested brackets': OPEN_BRACKETS,
  '50,000 unclosed brackets': OPEN_BRACKETS,
  '50,000 nested image brackets': OPEN_BRACKETS,
  '50,000 link reference openers': OPEN_BRACKETS,
  '100,000 link targets without a link': /^Line 1 has more than 32 "\]" without a "\[" to close; Duet accepts at most 32\.$/,
  '16,000 lazy lines in a block quote': /^Line 102 is one of more than 100 lines of a paragraph that leave out its > or list indentation/,
  '4,000 lists ending inside a block quote': /^Line 102 ends more than 100 block quotes and lists inside the block quote or list item that starts on line 1/,
  '300 lists nested by indentation': /^Line 101 nests block quotes and lists 101 levels deep/,
  '20,000 footnote references': PARAGRAPH_BRACKETS,
  '40,000 undefined references in one paragraph': PARAGRAPH_BRACKETS,
  '40,000 failed links in one paragraph': PARAGRAPH_BRACKETS,
  '60,000 quoted lines': /^Line 50001 is past the 50,000 lines \(blank ones aside\) Duet accepts in one document\.$/,
  '1 MB of dollar signs (math)': /^Line 50001 is past the 50,000 lines/,
  '20,000 dots in a web address': /^Line 1 has a web address with more than 100 of \. , ; : ! \? \) \] _ ~ and the like in a row/,
};

/** More than any real Markdown needs (an escaped `<` is 6, a nested list item 5.5), and far less than quadratic output. */
const HTML_PER_MARKDOWN_CHARACTER = 8;

describe('the Markdown pipeline on pathological input', () => {
  it.each(Object.entries(PATHOLOGICAL_DOCUMENTS))('%s: every step gives its whole output, or the document is refused', (name, markdown) => {
    const refusal = REFUSED[name];
    const { html, exported } = runPipeline(markdown, refusal);
    expect(html.length, 'rendered HTML grows linearly with the document').toBeLessThanOrEqual(HTML_PER_MARKDOWN_CHARACTER * markdown.length + 100);
    // Aligned with itself as its translation, a document is exported as itself (a blank one as nothing).
    if (!refusal) expect(exported === (markdown.trim() ? markdown : ''), 'exported as its own translation, byte for byte').toBe(true);
  }, 120_000);
});
