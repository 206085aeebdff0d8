/*
 * 4–6. The standalone benchmarks, run one after another as child processes once the app is
 * stopped (they are CPU-bound and would disturb, and be disturbed by, the load tests). A script's
 * figures join the table when its last line is `{"rows":[{"measure","size","milliseconds","target"}]}`
 * (printed when BENCH_JSON=1); otherwise its output is shown verbatim below the table.
 */
import { runChildBenchmark, type ChildRun } from './children.ts';
import { row, type Row } from './report.ts';

type ScriptRow = { measure: string; size?: string; workload?: string; milliseconds: number | null; target?: number | string; note?: string };

const scripts: Array<{ id: string; script: string; topic: string; target: string; quickEnv: Record<string, string> }> = [
  { id: '4', script: 'bench/import-align.ts', topic: 'Import + align, no database', target: '', quickEnv: { BENCH_BYTES: '300000', BENCH_RUNS: '3' } },
  { id: '4', script: 'bench/import-database.ts', topic: 'Import into the database', target: '', quickEnv: { BENCH_BYTES: '300000' } },
  { id: '5', script: 'bench/memory.ts', topic: 'Translation memory lookup', target: 'p95 < 50 ms', quickEnv: { BENCH_SEGMENTS: '10000', BENCH_QUERIES: '100' } },
  { id: '6', script: 'bench/checks.ts', topic: 'Quality checks, largest corpus article', target: '—', quickEnv: { BENCH_RUNS: '3' } },
];

function rowsOf(run: ChildRun): ScriptRow[] | null {
  const rows = run.json?.rows;
  return Array.isArray(rows) && rows.every((entry) => typeof entry === 'object' && entry && 'measure' in entry) ? (rows as ScriptRow[]) : null;
}

/** The database import of a document is shown against the same work without a database. */
function domainCounterpart(measure: string): string | null {
  const corpus = /^import \+ align, (.+?) \(median/.exec(measure);
  if (corpus) return `segment + align, ${corpus[1]}`;
  if (measure === 'import, generated article') return 'segment, generated article';
  if (measure === 'import + align, generated pair') return 'segment translation + align, generated pair';
  return null;
}

export async function runStandaloneBenchmarks(quick: boolean, log: (line: string) => void): Promise<{ rows: Row[]; runs: ChildRun[] }> {
  const runs: ChildRun[] = [];
  const rows: Row[] = [];
  const domain = new Map<string, number>();
  for (const entry of scripts) {
    log(`Running ${entry.script}${quick ? ' (quick)' : ''}…`);
    const run = await runChildBenchmark(entry.script, { quick, quickEnv: entry.quickEnv, timeoutMs: (quick ? 3 : 8) * 60_000 });
    runs.push(run);
    const scriptRows = run.status === 'ok' ? rowsOf(run) : null;
    if (!scriptRows) {
      const why = run.status === 'missing' ? 'not present' : run.status !== 'ok' ? `${run.status}; its output is below` : 'printed no JSON line; its output is below';
      rows.push(row({ id: entry.id, measure: entry.topic, workload: `${entry.script}: ${why}`, figure: null, reference: null, target: entry.target || '—' }));
      continue;
    }
    for (const scriptRow of scriptRows) {
      const ms = scriptRow.milliseconds;
      if (entry.script === 'bench/import-align.ts' && ms !== null) domain.set(scriptRow.measure, ms);
      const counterpart = domainCounterpart(scriptRow.measure);
      const reference = counterpart ? domain.get(counterpart) : undefined;
      const target = typeof scriptRow.target === 'number' ? scriptRow.target : null;
      rows.push(
        row({
          id: entry.id,
          measure: `${entry.topic}: ${scriptRow.measure}`,
          workload: [scriptRow.size ?? scriptRow.workload, scriptRow.note].filter(Boolean).join('; ') || '—',
          figure: ms === null ? null : { value: ms, unit: 'ms' },
          reference: reference === undefined ? null : { value: reference, unit: 'ms', measure: 'same, no database' },
          target: target === null ? (entry.target || '—') : `< ${target >= 1000 ? `${target / 1000} s` : `${target} ms`}`,
          meets: target === null || ms === null ? null : ms < target,
        }),
      );
    }
  }
  return { rows, runs };
}
