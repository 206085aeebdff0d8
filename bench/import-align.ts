/**
 * Import + align timings against the product targets. Run with `npx tsx bench/import-align.ts`.
 * Prints figures; it is not a test and fails nothing.
 */
import os from 'node:os';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { loadCorpus } from './lib/corpus.ts';
import { ARTICLE } from './lib/sample-markdown.ts';
import { generatePair } from './generate-article.ts';

// BENCH_BYTES shrinks the generated documents for a quick run; the targets are for 5 MB.
const GENERATED_BYTES = Number(process.env.BENCH_BYTES ?? 5_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  measure: string;
  size: string;
  milliseconds: number | null;
  target: number;
  note?: string;
}

/** Median wall time of `runs` runs, after a warm-up run for the short ones (a 5 MB run warms itself up). */
function medianTime(work: () => unknown, runs = RUNS, warmUp = true): number {
  if (warmUp) work();
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
  times.sort((first, second) => first - second);
  return times[Math.floor(times.length / 2)]!;
}

const mb = (text: string) => `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`;

/** The segmenter unit test's sample without its front matter: a block every ~25 bytes. */
const DENSE_SECTION = ARTICLE.replace(/^---[\s\S]*?---\n/, '');

function measureCorpus(): Row {
  const corpus = loadCorpus();
  const largest = corpus?.pairs.sort((first, second) => second.english.length - first.english.length)[0];
  if (!largest) {
    return { measure: 'segment + align, largest corpus pair', size: '-', milliseconds: null, target: 200, note: 'skipped: no corpus (set DUET_CORPUS)' };
  }
  const milliseconds = medianTime(() => alignTranslation(segmentMarkdown(largest.english), largest.chinese), RUNS * 3);
  return { measure: `segment + align, ${largest.name}`, size: `${(largest.english.length / 1e3).toFixed(0)} KB`, milliseconds, target: 200 };
}

/** Imports refuse a document of more than 50,000 non-blank lines: the dense article stops short of it. */
function withinLineLimit(markdown: string, maxLines = 49_000): string {
  let nonBlank = 0;
  const lines = markdown.split('\n');
  const end = lines.findIndex((line) => line.trim() !== '' && ++nonBlank > maxLines);
  return end === -1 ? markdown : lines.slice(0, end).join('\n') + '\n';
}

function main() {
  const { english, chinese } = generatePair(GENERATED_BYTES);
  const dense = withinLineLimit(DENSE_SECTION.repeat(Math.ceil(GENERATED_BYTES / DENSE_SECTION.length)));
  const englishSegments = segmentMarkdown(english);
  const loadBefore = os.loadavg();
  const rows: Row[] = [
    measureCorpus(),
    { measure: 'segment, generated article', size: mb(english), milliseconds: medianTime(() => segmentMarkdown(english), 3, false), target: 3000 },
    { measure: 'segment, dense generated article', size: mb(dense), milliseconds: medianTime(() => segmentMarkdown(dense), 1, false), target: 3000 },
    {
      // alignTranslation segments the translation itself; the English segments come from the import.
      measure: 'segment translation + align, generated pair',
      size: `${mb(english)} + ${mb(chinese)}`,
      milliseconds: medianTime(() => alignTranslation(englishSegments, chinese), 1, false),
      target: 3000,
    },
  ];
  const loads = [loadBefore, os.loadavg()].map((load) => load.map((value) => value.toFixed(2)).join(' '));
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${loads[0]} before, ${loads[1]} after`);
  console.table(
    rows.map((row) => ({
      measure: row.measure,
      size: row.size,
      'median ms': row.milliseconds === null ? row.note : Math.round(row.milliseconds),
      'target ms': row.target,
      'within target': row.milliseconds === null ? '-' : row.milliseconds <= row.target ? 'yes' : 'no',
    })),
  );
  // For bench/run.ts: the figures as one JSON line, last.
  if (process.env.BENCH_JSON === '1') console.log(JSON.stringify({ rows }));
}

main();
