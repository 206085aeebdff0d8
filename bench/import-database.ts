/*
 * Import into the database, end to end through the data-access layer (parse, align, one
 * transaction), on a fresh SQLite file (or PostgreSQL with BENCH_POSTGRES_URL):
 *   npx tsx --conditions=react-server bench/import-database.ts
 * BENCH_BYTES shrinks the generated article for a quick run (the target is for 5 MB).
 * Prints a table; nothing is asserted.
 */
import os from 'node:os';
import { createScratchDatabase } from '../lib/db/scratch-database.ts';
import { applyMigrations } from '../lib/db/schema-engine.ts';
import { loadCorpus } from './lib/corpus.ts';
import { generatePair } from './generate-article.ts';

const provider = process.env.BENCH_POSTGRES_URL ? 'postgresql' : 'sqlite';
const scratch = await createScratchDatabase(provider, process.env.BENCH_POSTGRES_URL);
await applyMigrations(scratch.target);
process.env.DATABASE_URL = scratch.target.provider === 'sqlite' ? `file:${scratch.target.file}` : scratch.target.url;

const { importArticle } = await import('../lib/dal/articles/articles.ts');
const { updateArticleSource } = await import('../lib/dal/articles/source-updates.ts');
const { systemViewer } = await import('../lib/dal/core/viewer-types.ts');
const { db } = await import('../lib/dal/core/db.ts');

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

let counter = 0;
const rows: Array<{ measure: string; size: string; ms: number; target: number | string }> = [];
const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1e3)} KB`;

const corpus = loadCorpus();
if (corpus) {
  const largest = [...corpus.pairs].sort((a, b) => b.english.length - a.english.length)[0]!;
  const runs = await Promise.all([0, 1, 2, 3, 4].map(() => 0));
  for (const index of runs.keys()) {
    runs[index] = await time(() => importArticle(systemViewer, { markdown: largest.english, translation: largest.chinese, slug: `corpus-${++counter}` }));
  }
  runs.sort((a, b) => a - b);
  rows.push({ measure: `import + align, ${largest.name} (median of 5)`, size: kb(largest.english), ms: runs[2]!, target: 200 });
} else {
  console.log('Corpus not found (../shared/corpus or DUET_CORPUS): corpus row skipped');
}

const { english, chinese } = generatePair(Number(process.env.BENCH_BYTES ?? 5_000_000));
rows.push({ measure: 'import, generated article', size: kb(english), ms: await time(() => importArticle(systemViewer, { markdown: english, slug: 'generated' })), target: 3000 });
rows.push({
  measure: 'import + align, generated pair',
  size: `${kb(english)} + ${kb(chinese)}`,
  ms: await time(() => importArticle(systemViewer, { markdown: english, translation: chinese, slug: 'generated-pair' })),
  target: 3000,
});

// A 1,000-segment article, then a new version with edits, insertions, deletions and a moved section.
const { english: medium, chinese: mediumZh } = generatePair(100_000);
await importArticle(systemViewer, { markdown: medium, translation: mediumZh, slug: 'medium' });
const segments = await db.segment.count({ where: { article: { slug: 'medium' } } });
const paragraphs = medium.split('\n\n');
const revised = [...paragraphs.slice(40, 80), ...paragraphs.slice(0, 40), ...paragraphs.slice(80)]
  .map((paragraph, index) => (index % 25 === 0 ? `${paragraph} Edited.` : paragraph))
  .filter((_, index) => index % 50 !== 7)
  .join('\n\n');
rows.push({ measure: `source update, ${segments} segments`, size: kb(revised), ms: await time(() => updateArticleSource(systemViewer, 'medium', revised)), target: '-' });

console.log(`${provider}, node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
console.table(rows.map((row) => ({ ...row, ms: Math.round(row.ms), 'within target': typeof row.target === 'number' ? (row.ms <= row.target ? 'yes' : 'no') : '-' })));
// For bench/run.ts: the figures as one JSON line, last.
if (process.env.BENCH_JSON === '1') console.log(JSON.stringify({ rows: rows.map(({ measure, size, ms, target }) => ({ measure, size, milliseconds: ms, target })) }));
await db.$disconnect();
await scratch.drop();
