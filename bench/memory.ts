/*
 * Translation memory lookups over 100,000 stored segments (paragraphs of 1–5 sentences, plus the
 * sentence entries aligned from them, in articles of 100 segments, half of them published), on a
 * fresh SQLite file and, with BENCH_POSTGRES_URL set, on PostgreSQL too. Every lookup is timed as a
 * reviewer, who reads the whole memory, and as a translator assigned to 10 articles, who reads only
 * those and the published ones:
 *   npm run bench:memory                         # BENCH_SEGMENTS=20000 for a quicker run
 * Prints p50/p95 per kind of lookup; nothing is asserted. Each engine runs in its own process,
 * because the data-access layer reads DATABASE_URL once.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../lib/db/scratch-database.ts';
import { applyMigrations } from '../lib/db/schema-engine.ts';
import { createRandom, generateParagraphs, generateSentence, NOUNS, translateSentence, type Random } from './generate-memory.ts';

const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const engine = process.env.BENCH_ENGINE;

type JsonRow = { measure: string; size: string; milliseconds: number; target: number | string };

if (!engine) {
  // With BENCH_JSON=1 (as `npm run bench` runs it) each engine's figures end in one JSON line; the
  // rows of both are printed together as this script's last line.
  const json = process.env.BENCH_JSON === '1';
  const collected: JsonRow[] = [];
  for (const provider of ['sqlite', ...(process.env.BENCH_POSTGRES_URL ? ['postgresql'] : [])]) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_ENGINE: provider },
      stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (json) {
      const lines = (child.stdout ?? '').trimEnd().split('\n');
      const last = lines.at(-1) ?? '';
      if (last.startsWith('{"rows"')) {
        collected.push(...(JSON.parse(last) as { rows: JsonRow[] }).rows);
        lines.pop();
      }
      if (lines.length) console.log(lines.join('\n'));
    }
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  if (json) console.log(JSON.stringify({ rows: collected }));
} else {
  await run(engine === 'postgresql' ? 'postgresql' : 'sqlite');
}

async function run(provider: 'sqlite' | 'postgresql') {
  const scratch = await createScratchDatabase(provider, process.env.BENCH_POSTGRES_URL);
  await applyMigrations(scratch.target);
  process.env.DATABASE_URL = scratch.target.provider === 'sqlite' ? `file:${scratch.target.file}` : scratch.target.url;
  const { db, bulkWriteTransaction } = await import('../lib/dal/core/db.ts');
  const { storeMemoryRecords } = await import('../lib/dal/memory/memory-index.ts');
  const { concordance, lookupMemory } = await import('../lib/dal/memory/memory.ts');
  const { memoryUnitsForPair } = await import('../lib/domain/memory/memory-units.ts');
  const { systemViewer } = await import('../lib/dal/core/viewer-types.ts');

  try {
    const paragraphs = generateParagraphs(SEGMENTS);
    const filling = performance.now();
    for (let start = 0; start < paragraphs.length; start += 5000) {
      const records = paragraphs.slice(start, start + 5000).flatMap((sentences, offset) =>
        memoryUnitsForPair(sentences.join(' '), sentences.map(translateSentence).join('')).map((unit) => ({
          ...unit,
          origin: 'approved' as const,
          articleId: `article-${Math.floor((start + offset) / 100)}`,
          segmentId: `segment-${start + offset}`,
        })),
      );
      await db.$transaction((tx) => storeMemoryRecords(tx, records), bulkWriteTransaction);
    }
    const articleCount = Math.ceil(paragraphs.length / 100);
    await db.article.createMany({
      data: Array.from({ length: articleCount }, (_, index) => ({
        id: `article-${index}`,
        slug: `article-${index}`,
        title: `Article ${index}`,
        status: index % 2 === 0 ? ('published' as const) : ('draft' as const),
      })),
    });
    const translatorUser = await db.user.create({ data: { email: 'bench-translator@example.test', name: 'Bench', role: 'translator', passwordHash: '-' } });
    await db.articleAssignment.createMany({
      data: Array.from({ length: Math.min(10, articleCount) }, (_, index) => ({ articleId: `article-${2 * index + 1}`, userId: translatorUser.id })),
    });
    const translator = { kind: 'user', id: translatorUser.id, email: translatorUser.email, name: translatorUser.name, role: 'translator', via: 'session' } as const;
    const fillSeconds = (performance.now() - filling) / 1000;
    // What autovacuum / a periodic ANALYZE would have done on a database that has been running a while.
    await db.$executeRawUnsafe(provider === 'postgresql' ? 'VACUUM ANALYZE' : 'ANALYZE');
    const [entries, sentences, tokens] = await Promise.all([
      db.memoryEntry.count(),
      db.memoryEntry.count({ where: { unit: 'sentence' } }),
      db.memoryToken.count(),
    ]);

    const random = createRandom(99);
    const stored = () => paragraphs[random.below(paragraphs.length)]!;
    const multiSentence = () => {
      for (;;) {
        const paragraph = stored();
        if (paragraph.length >= 3) return paragraph;
      }
    };
    type Query = { text: string; expect: string | null };
    const queries: Record<string, () => Query> = {
      'exact (a stored paragraph)': () => ({ text: stored().join(' '), expect: null }),
      'fuzzy (1–3 words edited)': () => {
        const original = stored().join(' ');
        return { text: editWords(random, original), expect: original };
      },
      'sentence-level (one sentence of a 3+ sentence paragraph replaced)': () => {
        const paragraph = [...multiSentence()];
        const kept = paragraph[0]!;
        paragraph[1 + random.below(paragraph.length - 1)] = generateSentence(random);
        return { text: paragraph.join(' '), expect: kept };
      },
      'miss (a new paragraph)': () => ({ text: generateParagraphs(1, 1000 + random.below(1e6))[0]!.join(' '), expect: null }),
    };

    const rows = [];
    for (const [as, viewer] of [['reviewer', systemViewer], ['translator', translator]] as const) {
      for (const [name, makeQuery] of Object.entries(queries)) {
        const batch = Array.from({ length: QUERIES }, makeQuery);
        for (const { text } of batch.slice(0, 20)) await lookupMemory(viewer, text);
        const times: number[] = [];
        let found = 0;
        for (const { text, expect } of batch) {
          const started = performance.now();
          const result = await lookupMemory(viewer, text);
          times.push(performance.now() - started);
          const sources = [...result.matches, ...result.sentences.flatMap((sentence) => sentence.matches)].map((match) => match.source);
          if (expect === null ? result.matches.length > 0 : sources.includes(expect)) found += 1;
        }
        rows.push({ lookup: `${name}, as ${as}`, ...percentiles(times), 'found': `${found}/${QUERIES}` });
      }
      const concordanceTimes: number[] = [];
      for (let index = 0; index < 50; index++) {
        const started = performance.now();
        await concordance(viewer, `${NOUNS[random.below(NOUNS.length)]} ${random.chance(0.5) ? 'of' : 'in'}`);
        concordanceTimes.push(performance.now() - started);
      }
      rows.push({ lookup: `concordance (a two-word phrase; not a target), as ${as}`, ...percentiles(concordanceTimes), found: '-' });
    }

    console.log(
      `\n${provider}: ${SEGMENTS.toLocaleString('en')} segments → ${entries.toLocaleString('en')} entries (${sentences.toLocaleString('en')} sentences), ` +
        `${tokens.toLocaleString('en')} index rows, filled in ${fillSeconds.toFixed(1)} s`,
    );
    console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}; target p95 < 50 ms`);
    console.table(rows);
    if (process.env.BENCH_JSON === '1') {
      const jsonRows: JsonRow[] = rows.map((row) => ({
        measure: `memory lookup p95, ${row.lookup} (${provider})`,
        size: `${SEGMENTS.toLocaleString('en')} segments`,
        milliseconds: row['p95 ms'],
        target: row.lookup.startsWith('concordance') ? '-' : 50,
      }));
      console.log(JSON.stringify({ rows: jsonRows }));
    }
  } finally {
    await db.$disconnect();
    await scratch.drop();
  }
}

/** Replaces, deletes or inserts one to three words. */
function editWords(random: Random, text: string): string {
  const words = text.split(' ');
  for (let edits = 1 + random.below(3); edits > 0; edits--) {
    const at = random.below(words.length);
    const noun = NOUNS[random.below(NOUNS.length)]!;
    const kind = random.below(3);
    if (kind === 0) words[at] = noun;
    else if (kind === 1 && words.length > 4) words.splice(at, 1);
    else words.splice(at, 0, noun);
  }
  return words.join(' ');
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  return { 'p50 ms': round(at(0.5)), 'p95 ms': round(at(0.95)), 'max ms': round(sorted[sorted.length - 1]!) };
}

function round(ms: number) {
  return Math.round(ms * 10) / 10;
}
