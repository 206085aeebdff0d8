/*
 * `npm run bench` (`-- --quick` for a short run): builds and starts the app on a fresh database
 * and an empty site directory, makes the data it needs through the data-access layer (the app
 * writes the published article's files), drives load from a separate process over
 * loopback, runs the standalone benchmarks, prints one table and writes bench/results.json. Every
 * figure stands next to a reference measured in the same run, because absolute times depend on the
 * machine. See bench/README.md for each row.
 *
 *   BENCH_PORT (3400)  BENCH_POSTGRES_URL (a server; `duet_bench` is made anew on it)
 *   BENCH_PROXY_URL (a caching proxy in front of BENCH_PORT)  BENCH_CONNECTIONS (16)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase } from './lib/database.ts';
import { measureEditor } from './lib/editor.ts';
import { describeMachine, loadAverage } from './lib/machine.ts';
import { measureReader, staticPath } from './lib/reader.ts';
import { numberRows, renderTable, renderVerbatim, row, writeResults, type Row } from './lib/report.ts';
import { measureSaves } from './lib/saves.ts';
import { launchServer, measureRss, type AppServer } from './lib/server.ts';
import { runStandaloneBenchmarks } from './lib/standalone.ts';

const quick = process.argv.includes('--quick');
const settings = {
  quick,
  port: Number(process.env.BENCH_PORT ?? 3400),
  postgresServerUrl: process.env.BENCH_POSTGRES_URL || undefined,
  proxyUrl: process.env.BENCH_PROXY_URL || undefined,
  connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
  readerSeconds: quick ? 4 : 15,
  readerRounds: quick ? 1 : 2,
  editorRequests: quick ? 10 : 30,
  browserRuns: quick ? 3 : 5,
  saveEditors: 50,
  saveSeconds: quick ? 10 : 60,
  referenceSaveSeconds: quick ? 2 : 10,
  sourceUpdateRuns: quick ? 1 : 3,
};

const began = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const machine = describeMachine();
const loadBefore = loadAverage();
log(`${quick ? 'Quick run' : 'Full run'} on ${machine.cores} cores (${machine.cpuModel}), load average ${loadBefore.join(' ')}`);

const database = await createBenchDatabase(settings.postgresServerUrl);
process.env.DATABASE_URL = database.url;
log(`Fresh database: ${database.label}`);
// The reading site's files follow the bench database, never the developer's data/site.
const siteDir = mkdtempSync(path.join(os.tmpdir(), 'duet-bench-site-'));
process.env.DUET_SITE_DIR = siteDir;

const logFile = path.join(os.tmpdir(), `duet-bench-server-${process.pid}.log`);
log(`Starting the app on port ${settings.port} (building first if the code changed; log: ${logFile})…`);
const launching = await launchServer({
  port: settings.port,
  logFile,
  readyPath: staticPath,
  env: { DATABASE_URL: database.url, DUET_SITE_DIR: siteDir, AUTH_SECRET: randomBytes(32).toString('base64url'), DUET_SEED_DEMO: 'false' },
}).catch(async (error: unknown) => {
  await database.drop();
  rmSync(siteDir, { recursive: true, force: true });
  throw error;
});
// The DAL reads DATABASE_URL when first imported, so it is imported only now.
const { createFixtures, readSaveOutcome, disconnect } = await import('./lib/fixtures.ts');
// The data is made while the app builds and starts, once its migration step is over.
const [fixturesOutcome, serverOutcome] = await Promise.allSettled([launching.migrated.then(() => createFixtures(settings.saveEditors)), launching.ready]);
const server: AppServer | null = serverOutcome.status === 'fulfilled' ? serverOutcome.value : null;

const rows: Row[] = [];
const details: Record<string, unknown> = {};
const failures: string[] = [];

function recordFailure(id: string, name: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  failures.push(`${name}: ${error instanceof Error ? error.stack : message}`);
  log(`${name} failed: ${message.split('\n')[0]}`);
  rows.push(row({ id, measure: name, workload: `failed: ${message.split('\n')[0]}`, figure: null, reference: null }));
}

/** Runs one part of the benchmark; a failure is reported in its row and the other parts still run. */
async function part<T>(id: string, name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    recordFailure(id, name, error);
    return null;
  }
}

const fixtures = fixturesOutcome.status === 'fulfilled' ? fixturesOutcome.value : null;
if (fixturesOutcome.status === 'rejected') recordFailure('1', 'Making the data', fixturesOutcome.reason);
if (serverOutcome.status === 'rejected') recordFailure('1', 'Starting the app', serverOutcome.reason);
if (server && fixtures) {
  log(`App answering after ${server.startupSeconds.toFixed(0)} s${server.built ? ' (including a build)' : ''}; data made`);
  const idle = measureRss(server.pid);

  log(`Reader page vs static file, ${settings.connections} connections…`);
  const reader = await part('1', 'Reader page', () =>
    measureReader({ origin: server.origin, ...fixtures.reader, connections: settings.connections, seconds: settings.readerSeconds, rounds: settings.readerRounds, proxyUrl: settings.proxyUrl }),
  );
  log('Editor: server time, payload, time to interactive in Chromium…');
  const editor = await part('2', 'Editor', () =>
    measureEditor({ origin: server.origin, user: fixtures.editorUser, article: fixtures.editor, reference: fixtures.editorReference, requests: settings.editorRequests, browserRuns: settings.browserRuns }),
  );
  log(`Saves: ${settings.saveEditors} editors for ${settings.saveSeconds} s…`);
  const saves = await part('3', 'Saves', () =>
    measureSaves({
      origin: server.origin,
      provider: database.provider,
      editors: fixtures.saveEditors,
      referenceSaver: fixtures.referenceSaver,
      seconds: settings.saveSeconds,
      referenceSeconds: settings.referenceSaveSeconds,
      readOutcome: readSaveOutcome,
    }),
  );
  const afterSaves = measureRss(server.pid);
  for (const result of [reader, editor, saves]) if (result) rows.push(...result.rows);
  Object.assign(details, { reader: reader?.details, editor: editor?.details, saves: saves?.details, rss: { idle, afterSaves } });
  rows.push(
    row({ id: '7', measure: 'Server RSS, idle', workload: `next-server process tree, just started (with npm start's front server and wrappers ${mib(idle.treeBytes)})`, figure: { value: idle.serverBytes, unit: 'bytes' }, reference: null }),
    row({ id: '7', measure: 'Server RSS after the save test', workload: `same, after every test above (with front server and wrappers ${mib(afterSaves.treeBytes)})`, figure: { value: afterSaves.serverBytes, unit: 'bytes' }, reference: { value: idle.serverBytes, unit: 'bytes', measure: 'idle' } }),
  );
}
if (server) {
  log('Stopping the app');
  await server.stop();
}

if (fixtures) {
  const { measureSourceUpdate } = await import('./lib/source-update.ts');
  log('Source update of a 1,000-segment article…');
  const update = await part('4', 'Source update', () => measureSourceUpdate(settings.sourceUpdateRuns));
  if (update) {
    rows.push(
      row({
        id: '4',
        measure: 'Source update (updateArticleSource)',
        workload: `${update.segments} segments, ${update.editedParagraphs} of ${update.paragraphs} paragraphs edited, median of ${update.runs}`,
        figure: { value: update.updateMs, unit: 'ms' },
        reference: { value: update.importMs, unit: 'ms', measure: 'importing it' },
      }),
    );
    details.sourceUpdate = update;
  }
}
await disconnect();
if (process.env.BENCH_KEEP_DATABASE !== '1') {
  await database.drop();
  rmSync(siteDir, { recursive: true, force: true });
}

const standalone = await runStandaloneBenchmarks(quick, log);
rows.push(...standalone.rows);
details.standalone = standalone.runs;
for (const run of standalone.runs) if (run.status === 'failed' || run.status === 'timed out') failures.push(`${run.script}: ${run.status}`);

const numbered = numberRows(rows);
const loadAfter = loadAverage();
const seconds = (performance.now() - began) / 1000;
console.log(`\nDuet benchmark, ${quick ? 'quick' : 'full'} run, ${database.provider}, ${new Date().toISOString()}, ${seconds.toFixed(0)} s`);
console.log(`${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, node ${machine.node}, commit ${machine.commit ?? 'unknown'}; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after\n`);
console.log(renderTable(numbered));
const notes = numbered.filter((entry) => entry.note).map((entry) => `- ${entry.id}: ${entry.note}`);
if (notes.length) console.log(`\nNotes:\n${notes.join('\n')}`);
const verbatim = renderVerbatim(standalone.runs);
if (verbatim) console.log(`\n${verbatim}`);

const resultsFile = path.join(process.cwd(), 'bench', 'results.json');
writeResults(resultsFile, {
  finishedAt: new Date().toISOString(),
  seconds,
  settings,
  database: database.provider,
  machine: { ...machine, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
  rows: numbered,
  details,
  failures,
});
console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
if (failures.length) {
  console.error(`\nSome parts failed:\n${failures.join('\n')}`);
  if (server) console.error(`App log: ${server.logFile}`);
}
process.exit(failures.length ? 1 : 0);
