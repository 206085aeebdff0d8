import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll } from '@/lib/domain/checks/apply-fixes.ts';
import { buildMarkdownView } from '@/lib/domain/checks/markdown-view.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';

// A bare URL runs until a space in GFM, so it is followed by one here; Chinese right after it is tested elsewhere.
const PROTECTED = ['`a,b`', '`x...y`', '`中文English`', 'https://example.com/a,b ', '<https://example.org/x>', '$a,b$'];
const PIECES = [
  '中文', '模型', '我们', 'English', 'GPT-4', '2024', '15%', ' ', '  ', '\u3000', ',', '.', ':', '!', '?', '，', '。', '：',
  '！', '？', '"', '“', '”', '...', '…', '--', '—', '**', '_', '[链接](https://example.com/l)', '\n', '\n\n', '- ', '# ',
  ...PROTECTED,
];

const markdownLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const SOURCE = 'An English source with 2 numbers, a [link](https://example.com/l) and `code`.';

const count = (text: string, piece: string) => text.split(piece).length - 1;

describe('check properties', () => {
  it('never throw, on arbitrary strings or Markdown-like Chinese', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), (source, target) => {
        expect(Array.isArray(runChecks({ source, target }))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(markdownLike, markdownLike, (source, target) => {
        for (const finding of runChecks({ source, target })) {
          expect(finding.span.start).toBeGreaterThanOrEqual(0);
          expect(finding.span.end).toBeLessThanOrEqual(target.length);
          expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
        }
      }),
    );
  });

  it('fix everything in one go: applying all fixes again changes nothing', () => {
    fc.assert(
      fc.property(markdownLike, (target) => {
        const once = fixAll({ source: SOURCE, target });
        expect(fixAll({ source: SOURCE, target: once })).toBe(once);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never change code spans, math or URLs', () => {
    fc.assert(
      fc.property(markdownLike, (target) => {
        const fixed = fixAll({ source: SOURCE, target });
        const view = buildMarkdownView(target);
        for (const span of view.protectedSpans) {
          const piece = target.slice(span.start, span.end);
          expect(count(fixed, piece), piece).toBeGreaterThanOrEqual(count(target, piece));
        }
        // A fix may end a URL that ran into Chinese text, so a code span after it can appear; none goes away.
        const fixedCode = buildMarkdownView(fixed).inlineCode.map((span) => span.value);
        for (const code of view.inlineCode) expect(fixedCode.splice(fixedCode.indexOf(code.value), fixedCode.includes(code.value) ? 1 : 0)).toEqual([code.value]);
      }),
      { numRuns: 300 },
    );
  });

  it('apply only the fixes given, leaving the rest of the text as it was', () => {
    const target = '你好,世界 ！`a,b`';
    const findings = runChecks({ source: SOURCE, target }).filter((finding) => finding.checkId === 'typography.punctuation-width');
    expect(applyFixes(target, findings)).toBe('你好，世界 ！`a,b`');
  });

  it('run in bounded time on long and pathological input', () => {
    const long = fc.sample(markdownLike, 2_000).join('\n').slice(0, 50_000);
    const inputs = [long, '['.repeat(50_000), '*a'.repeat(25_000), '\\\\('.repeat(16_000), '中a'.repeat(25_000), '`'.repeat(50_000), '"中'.repeat(25_000)];
    for (const target of inputs) {
      const started = performance.now();
      runChecks({ source: target === long ? long : SOURCE, target });
      const elapsed = performance.now() - started;
      console.log(`${JSON.stringify(target.slice(0, 6))}…: ${Math.round(elapsed)} ms`);
      expect(elapsed, target.slice(0, 10)).toBeLessThan(5_000);
    }
  }, 60_000);
});
