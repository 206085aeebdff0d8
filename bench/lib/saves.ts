/*
 * 3. Autosaves from 50 concurrent editors through the API, each on its own segment every 2 s with
 * its last known version, then a count in the database: every accepted save must have written one
 * revision, and each segment's version must have moved by exactly its accepted saves. The reference
 * is one editor saving alone, every 100 ms, on the same server just before.
 */
import { runLoad } from './load.ts';
import type { SaveEditor, SavesResult } from './load-types.ts';
import { row, type Row } from './report.ts';

export type SavesOptions = {
  origin: string;
  provider: 'sqlite' | 'postgresql';
  editors: SaveEditor[];
  referenceSaver: SaveEditor;
  seconds: number;
  referenceSeconds: number;
  readOutcome: (segmentIds: string[]) => Promise<{ editRevisions: number; versions: Record<string, number> }>;
};

export async function measureSaves(options: SavesOptions): Promise<{ rows: Row[]; details: Record<string, unknown>; result: SavesResult }> {
  const alone = await runLoad({ kind: 'saves', baseUrl: options.origin, editors: [options.referenceSaver], intervalMs: 100, durationMs: options.referenceSeconds * 1000 });
  const result = await runLoad({ kind: 'saves', baseUrl: options.origin, editors: options.editors, intervalMs: 2000, durationMs: options.seconds * 1000 });

  const segmentIds = options.editors.map((editor) => editor.segmentId);
  const stored = await options.readOutcome(segmentIds);
  const versionMismatches = options.editors.filter(
    (editor) => stored.versions[editor.segmentId] !== editor.version + (result.acceptedBySegment[editor.segmentId] ?? 0),
  ).length;
  const consistent = stored.editRevisions === result.accepted && versionMismatches === 0;

  const workload = `${options.editors.length} editors, own segment each, every 2 s for ${options.seconds} s (${result.attempts} saves)`;
  const sqlite = options.provider === 'sqlite';
  const rows: Row[] = [
    row({
      id: '3',
      measure: 'Save latency p50',
      workload,
      figure: { value: result.latency.p50, unit: 'ms' },
      reference: { value: alone.latency.p50, unit: 'ms', measure: `one editor alone (${alone.attempts} saves)` },
    }),
    row({
      id: '3',
      measure: 'Save latency p99',
      workload: `same (max ${result.latency.max.toFixed(0)} ms, ${result.late} saves late)`,
      figure: { value: result.latency.p99, unit: 'ms' },
      reference: { value: alone.latency.p99, unit: 'ms', measure: 'one editor alone' },
      target: sqlite ? '< 50 ms on SQLite' : '< 50 ms (set for SQLite)',
      meets: sqlite ? result.latency.p99 < 50 : null,
    }),
    row({
      id: '3',
      measure: 'Save errors (not 200/409)',
      workload: `same; ${result.conflicts} conflicts (409), ${result.unchanged} unchanged`,
      figure: { value: result.errors, unit: 'count' },
      reference: { value: result.attempts, unit: 'count', measure: 'saves sent' },
      target: '0',
      meets: result.errors === 0,
      note: result.errorSamples.length ? result.errorSamples.join(' | ') : undefined,
    }),
    row({
      id: '3',
      measure: 'Revisions written',
      workload: `counted in the database after the test; ${versionMismatches} segments with a version off`,
      figure: { value: stored.editRevisions, unit: 'count' },
      reference: { value: result.accepted, unit: 'count', measure: 'saves accepted' },
      target: 'equal (zero lost revisions)',
      meets: consistent,
    }),
  ];
  return { rows, details: { alone, load: result, stored: { editRevisions: stored.editRevisions, versionMismatches } }, result };
}
