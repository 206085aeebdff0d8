import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll } from '@/lib/domain/checks/apply-fixes.ts';
import { buildMarkdownView } from '@/lib/domain/checks/markdown-view.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { HOSTILE_TYPOGRAPHY_TARGETS } from '../../../../bench/lib/hostile-texts.ts';

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

  it('read a long Markdown-like target to its end: every finding inside it, and its fixes made in one go', () => {
    const long = fc.sample(markdownLike, 2_000).join('\n').slice(0, 50_000);
    for (const finding of runChecks({ source: long, target: long })) {
      expect(finding.span.start).toBeGreaterThanOrEqual(0);
      expect(finding.span.end).toBeLessThanOrEqual(long.length);
    }
    const fixed = fixAll({ source: long, target: long });
    expect(fixAll({ source: long, target: fixed })).toBe(fixed);
  });

  // How long these take is printed by `npm run bench:pathological`.
  it.each(Object.entries(HOSTILE_TYPOGRAPHY_TARGETS))('read a target of %s to its end, finding what the source has and it lacks', (_name, target) => {
    const parity = runChecks({ source: SOURCE, target }).filter((finding) => !finding.checkId.startsWith('typography.'));
    expect(parity.map((finding) => finding.checkId)).toEqual(['markdown.links', 'markdown.inline-code', 'numbers']);
    const fixed = fixAll({ source: SOURCE, target });
    expect(fixAll({ source: SOURCE, target: fixed })).toBe(fixed);
    expect(fixed.length, 'fixing at most doubles the text').toBeLessThanOrEqual(2 * target.length);
  }, 60_000);

  it('find and fix each of the 49,999 boundaries between Chinese and Latin in a target, and its 12,500 pairs of straight quotes', () => {
    const spacing = HOSTILE_TYPOGRAPHY_TARGETS['25,000 中a']!;
    expect(runChecks({ source: SOURCE, target: spacing }).filter((finding) => finding.checkId === 'typography.cjk-latin-space')).toHaveLength(49_999);
    expect(fixAll({ source: SOURCE, target: spacing })).toBe(Array.from({ length: 25_000 }, () => '中 a').join(' '));
    const quotes = HOSTILE_TYPOGRAPHY_TARGETS['25,000 "中']!;
    expect(runChecks({ source: SOURCE, target: quotes }).filter((finding) => finding.checkId === 'typography.quotes')).toHaveLength(12_500);
    expect(fixAll({ source: SOURCE, target: quotes })).toBe('“中”中'.repeat(12_500));
  }, 60_000);
});
