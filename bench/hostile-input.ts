/**
 * Time of the Markdown pipeline on hostile input at the size limits: the quality checks on two texts
 * of 50,000 characters (what `POST /api/v1/checks` and a saved translation allow), and segmenting,
 * aligning and rendering documents that pass the Markdown limits (lib/domain/markdown/markdown-limits.ts)
 * but are shaped to make a Markdown parser slow. Run with `npm run bench:hostile`. Prints figures;
 * fails nothing. `tests/unit/domain/fuzz-markdown.test.ts` and `tests/unit/domain/checks/hostile-input.test.ts`
 * check the output for the same shapes, smaller, in `npm test`; `npm run bench:pathological` times those.
 */
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { findMarkdownLimitProblem } from '@/lib/domain/markdown/markdown-limits.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import { maxCheckedTextLength } from '@/lib/validation/checks.ts';

const fill = (piece: string, length = maxCheckedTextLength) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

const CHECKED_TEXTS: Record<string, string> = {
  'words': fill('stone bridge '),
  'one 50,000-letter word': fill('a'),
  '25,000 lazy lines after a quote': `> a\n${fill('b\n')}`,
  '16,000 short paragraphs': fill('b\n\n'),
  '12,000 list items': fill('- b\n'),
  '1,999 lazy lines after a quote': `> a\n${'b\n'.repeat(1998)}${fill('b ', maxCheckedTextLength - 4000)}`,
  '1,999 lines of nested list items': `${'- - a\n'.repeat(1999)}${fill('x', maxCheckedTextLength - 12_000)}`,
  '2,000 underlined headings': 'a\n=\n'.repeat(2000),
  '12,500 link reference openers': fill('[a]['),
  '50,000 unclosed code spans': fill('`a '),
  'backtick runs of growing length': Array.from({ length: 300 }, (_, index) => `${'`'.repeat(index + 1)}a `).join('').slice(0, maxCheckedTextLength),
  '5,000 nested quotes': `${'> '.repeat(5000)}a`,
  'a URL with 49,000 dots': `http://a${'.'.repeat(49_000)}b`,
};

const DOCUMENTS: Record<string, string> = {
  '1 MB of prose paragraphs': fill('A stone bridge lasts three hundred years, and its builders knew it. ', 1_000_000).replace(/\. /g, '.\n\n'),
  '50,000 quoted lines': '> a\n'.repeat(50_000),
  '50,000 short paragraphs': 'a\n\n'.repeat(50_000),
  '20,000-line code block, then 20,000 lines of nested lists': `\`\`\`\n${'code\n'.repeat(20_000)}\`\`\`\n${'- - a\n'.repeat(20_000)}`,
  '100 paragraphs of 1,999 undefined references': `${'[x] '.repeat(1999)}\n\n`.repeat(100),
  '1 MB single line of words': fill('word ', 1_000_000),
};

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const rows: string[] = [];
for (const [name, text] of Object.entries(CHECKED_TEXTS)) {
  const ms = time(() => runChecks({ source: text, target: text }));
  rows.push(`| runChecks, both sides | ${name} | ${text.length.toLocaleString('en-US')} | ${ms.toFixed(0)} |`);
}
for (const [name, markdown] of Object.entries(DOCUMENTS)) {
  const problem = findMarkdownLimitProblem(markdown);
  if (problem) {
    rows.push(`| (refused at import) | ${name} | ${markdown.length.toLocaleString('en-US')} | ${problem.message} |`);
    continue;
  }
  let segments: ReturnType<typeof segmentMarkdown> = [];
  const size = markdown.length.toLocaleString('en-US');
  rows.push(`| segmentMarkdown | ${name} | ${size} | ${time(() => (segments = segmentMarkdown(markdown))).toFixed(0)} |`);
  rows.push(`| alignTranslation | ${name} | ${size} | ${time(() => alignTranslation(segments, markdown)).toFixed(0)} |`);
  rows.push(`| renderMarkdown, whole document | ${name} | ${size} | ${time(() => renderMarkdown(markdown)).toFixed(0)} |`);
}
console.log(`Hostile input at the size limits (load average ${(await import('node:os')).loadavg()[0]!.toFixed(2)})\n`);
console.log('| step | input | characters | ms |\n| --- | --- | ---: | ---: |');
console.log(rows.join('\n'));
