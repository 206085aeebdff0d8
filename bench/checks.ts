/**
 * Time to run every quality check over the largest corpus article, segment by segment, as the
 * review queue and publishing do. Run with `npm run bench:checks`. Prints figures; fails nothing.
 */
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { loadCorpus } from './lib/corpus.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const corpus = loadCorpus();
if (!corpus || corpus.pairs.length === 0) {
  console.log('bench:checks skipped: no corpus at ../shared/corpus (set DUET_CORPUS to its folder).');
} else {
  const largest = [...corpus.pairs].sort((first, second) => second.english.length - first.english.length)[0]!;
  const english = segmentMarkdown(largest.english);
  const inputs = alignTranslation(english, largest.chinese).pairs.flatMap(({ segmentIndex, text }) => {
    const segment = english[segmentIndex]!;
    return segment.translatable ? [{ source: segmentContent(segment.source), target: text, kind: segment.kind }] : [];
  });
  const checkAll = () => inputs.reduce((findings, input) => findings + runChecks(input).length, 0);
  checkAll();
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    checkAll();
    return performance.now() - started;
  }).sort((first, second) => first - second);
  const median = times[Math.floor(times.length / 2)]!;
  const perSegment = inputs.map((input) => {
    const started = performance.now();
    runChecks(input);
    return performance.now() - started;
  }).sort((first, second) => first - second);
  console.log(
    `${largest.name}: ${(largest.chinese.length / 1000).toFixed(0)}k characters of Chinese, ${inputs.length} segment pairs, ${checkAll()} findings\n` +
      `all checks, whole article: ${median.toFixed(1)} ms (median of ${RUNS})\n` +
      `one segment: median ${perSegment[Math.floor(perSegment.length / 2)]!.toFixed(2)} ms, max ${perSegment[perSegment.length - 1]!.toFixed(2)} ms`,
  );
  if (process.env.BENCH_JSON === '1') {
    const measure = `all quality checks, ${largest.name} (${inputs.length} segment pairs, median of ${RUNS})`;
    console.log(JSON.stringify({ rows: [{ measure, size: `${(largest.chinese.length / 1000).toFixed(0)}k Chinese characters`, milliseconds: Math.round(median), target: '-' }] }));
  }
}
