/*
 * The benchmark's table and bench/results.json. Every row states its workload, its figure, the
 * reference it is measured against in the same run and their ratio, and the DESIGN.md target.
 * The table is printed as Markdown, so it can be pasted into docs/performance.md as it is.
 */
import { writeFileSync } from 'node:fs';
import type { ChildRun } from './children.ts';

export type Unit = 'req/s' | 'ms' | 'bytes' | 'count';

export type Figure = { value: number; unit: Unit };

export type Row = {
  /** The issue's item number (1–7); letters are added when the table is numbered. */
  id: string;
  measure: string;
  workload: string;
  figure: Figure | null;
  /** What the figure is measured against in the same run, e.g. the same server's static file. */
  reference: (Figure & { measure: string }) | null;
  /** figure ÷ reference, when both are there. */
  ratio: number | null;
  target: string;
  /** Whether the target is met; null when there is no target or nothing to judge. */
  meets: boolean | null;
  note?: string;
};

export function row(fields: Omit<Row, 'ratio' | 'meets' | 'target'> & { target?: string; meets?: boolean | null }): Row {
  const ratio = fields.figure && fields.reference && fields.reference.value > 0 ? fields.figure.value / fields.reference.value : null;
  return { ...fields, ratio, target: fields.target ?? '—', meets: fields.meets ?? null };
}

/** Orders rows by item, keeping their order within one, and numbers them 1a, 1b, 2a… */
export function numberRows(rows: Row[]): Row[] {
  const sorted = [...rows].sort((first, second) => Number(first.id) - Number(second.id));
  return sorted.map((entry, index) => {
    const before = sorted.slice(0, index).filter((other) => other.id === entry.id).length;
    return { ...entry, id: `${entry.id}${String.fromCharCode(97 + before)}` };
  });
}

export function formatFigure(figure: Figure | null): string {
  if (!figure || !Number.isFinite(figure.value)) return '—';
  const { value, unit } = figure;
  switch (unit) {
    case 'req/s':
      return `${Math.round(value).toLocaleString('en')} req/s`;
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
    case 'bytes':
      return value >= 1e6 ? `${(value / 2 ** 20).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`;
    case 'count':
      return Math.round(value).toLocaleString('en');
  }
}

function formatRatio(ratio: number): string {
  if (ratio === 0 || ratio >= 10) return ratio.toFixed(0);
  return ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

const meetsText = (meets: boolean | null) => (meets === null ? '—' : meets ? 'yes' : '**no**');

export function renderTable(rows: Row[]): string {
  const header = ['#', 'Measure', 'Workload', 'Figure', 'Reference (same run)', 'Ratio', 'Target (DESIGN.md)', 'Met'];
  const lines = rows.map((entry) => [
    entry.id,
    entry.measure,
    entry.workload,
    formatFigure(entry.figure),
    entry.reference ? `${formatFigure(entry.reference)} ${entry.reference.measure}` : '—',
    entry.ratio === null ? '—' : `${formatRatio(entry.ratio)}×`,
    entry.target,
    meetsText(entry.meets),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(render)].join('\n');
}

/** The standalone scripts that printed no JSON line: their output as it was, under their name. */
export function renderVerbatim(children: ChildRun[]): string {
  return children
    .filter((child) => !child.json || child.status !== 'ok')
    .map((child) => {
      const how = `${child.script}${child.args.length ? ` ${child.args.join(' ')}` : ''}${Object.keys(child.env).length > 1 ? ` (${Object.entries(child.env).filter(([name]) => name !== 'BENCH_JSON').map(([name, value]) => `${name}=${value}`).join(' ')})` : ''}`;
      const state = child.status === 'ok' ? `printed no JSON line; its output verbatim, ${child.seconds.toFixed(0)} s` : `${child.status}${child.exitCode !== null ? ` (exit ${child.exitCode})` : ''}`;
      return `### ${how}: ${state}\n\n${child.status === 'missing' ? '(not present)' : child.output || '(no output)'}`;
    })
    .join('\n\n');
}

export function writeResults(file: string, results: Record<string, unknown>): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
