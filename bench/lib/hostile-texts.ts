/**
 * Texts that once made the quality checks, glossary matching or the input schemas take seconds to
 * minutes (regexes that backtracked, micromark on thousands of `]` or nested containers) or
 * overflow the stack. Shared by the unit tests, which check that each still gives its whole output,
 * and bench/pathological-input.ts, which times them.
 */
import type { GlossaryEntry } from '@/lib/domain/glossary/glossary-term.ts';
import { maxCheckedTextLength } from '@/lib/validation/checks.ts';

/** `piece` repeated to the length the checks API and a saved translation allow (50,000 characters). */
export const fillToCheckLimit = (piece: string) => piece.repeat(Math.ceil(maxCheckedTextLength / piece.length)).slice(0, maxCheckedTextLength);

const fill = fillToCheckLimit;

/** For tests/unit/domain/checks/hostile-input.test.ts; a text starting with `title:` is a front matter value. */
export const HOSTILE_CHECK_TEXTS: Record<string, string> = {
  '50,000 letters (cubic backtracking in the names regex)': fill('a'),
  '50,000 x': fill('x'),
  '50,000 digits': fill('1'),
  '50,000 #': fill('#'),
  '50,000 -': fill('-'),
  '50,000 dots': fill('.'),
  '50,000 。': fill('。'),
  '50,000 spaces': fill(' '),
  '50,000 ]': fill(']'),
  '50,000 >': fill('>'),
  '12,500 link reference openers': '[a]['.repeat(12_500),
  '25,000 footnote openers': fill('[^'),
  '5,000 nested block quotes': `${'> '.repeat(5000)}a`,
  '5,000 nested ordered lists and quotes': `${'1. > '.repeat(5000)}a`,
  '8,000 nested footnote definitions': fill('[^a]: '),
  '2,000 lines of nested list items': '- - a\n'.repeat(2000),
  '2,000 underlined headings (cubic in micromark: 10 s)': 'a\n=\n'.repeat(2000),
  '12,000 underlines in one paragraph': `a\n${fill('=\nb\n')}`,
  '24,000 lazy lines continuing a block quote (quadratic in micromark: 23 s)': `> a\n${fill('b\n')}`,
  '24,000 lazy lines continuing a list item': `- a\n${fill('b\n')}`,
  '16,000 short paragraphs (micromark: 2.6 s a side)': fill('b\n\n'),
  '12,000 list items': fill('- b\n'),
  '25,000 lines ended by carriage returns': fill('b\r'),
  'a URL with 49,000 dots': `http://a${'.'.repeat(49_000)}b`,
  'a link with 49,000 ? and / in its destination': `[a](${'?'.repeat(24_500)}x${'/'.repeat(24_500)}x)`,
  'front matter with 50,000 blanks in its value': `title: a${fill(' \t')}b`,
};

/** 8,000 distinct short names with digits (a0 … a7999), checked against a target of 50,000 letters. */
export const DISTINCT_NAMES_SOURCE = Array.from({ length: 8000 }, (_, index) => `a${index}`).join(' ').slice(0, maxCheckedTextLength);

/** Targets for the typography checks and their fixes (tests/unit/domain/checks/properties.test.ts). */
export const HOSTILE_TYPOGRAPHY_TARGETS: Record<string, string> = {
  '50,000 [': '['.repeat(50_000),
  '25,000 *a': '*a'.repeat(25_000),
  '16,000 \\\\(': '\\\\('.repeat(16_000),
  '25,000 中a': '中a'.repeat(25_000),
  '50,000 `': '`'.repeat(50_000),
  '25,000 "中': '"中'.repeat(25_000),
};

/** For tests/unit/domain/glossary/find-glossary-terms.test.ts, matched against HOSTILE_GLOSSARY. */
export const HOSTILE_GLOSSARY_TEXTS: Record<string, string> = {
  'a single word of 1 MB': 'a'.repeat(1_000_000),
  '500,000 backticks and then letters': '`'.repeat(500_000) + 'a'.repeat(500_000),
  '100,000 unclosed link destinations': '](a '.repeat(100_000),
  '100,000 unclosed tags': '<a '.repeat(100_000),
  '100,000 letters and dots, no @': 'a.'.repeat(100_000),
  '100,000 words between code spans': 'a `a` '.repeat(100_000),
};

export const HOSTILE_GLOSSARY: GlossaryEntry[] = [
  { source: 'a', target: '甲', status: 'preferred' },
  { source: 'stone bridge', target: '石桥', status: 'preferred' },
  { source: 'GPU', target: 'GPU', status: 'preferred' },
];

/** Field values for every input schema (tests/unit/domain/fuzz-schemas.test.ts): sizes past every limit, YAML bombs. */
export const HOSTILE_FIELD_VALUES: Record<string, string> = {
  '6,000,000 letters': 'a'.repeat(6_000_000),
  'front matter of 200,000 [': `---\n${'['.repeat(200_000)}\n---\n`,
  'front matter of 10,000 aliases': `---\n${'a: &a [*a, *a]\n'.repeat(2)}b: &b [${'*b,'.repeat(10_000)}]\n---\n`,
  'front matter of aliases nested 12 deep (a billion laughs)': `---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n')}\n---\n`,
  'front matter indented 100,000 spaces': `---\n${'  '.repeat(50_000)}x: 1\n---\n`,
  'front matter of 100,000 keys': `---\n${'key: value\n'.repeat(100_000)}---\n`,
  '1,000,000 lone surrogates': '\ud800'.repeat(1_000_000),
  'a URL of 500,000 labels': `https://${'a.'.repeat(500_000)}com/`,
  'an e-mail address of 200,000 letters': `${'a'.repeat(100_000)}@${'b'.repeat(100_000)}`,
};
