import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { readingModes } from '../../lib/domain/reader/reading-modes.ts';

/*
 * Lighthouse 12 (pinned in package.json) on the reading site as `npm start` serves it, with
 * DUET_PUBLIC_URL set (playwright.config.ts): the demo article in each reading mode, the home page and
 * search. Mobile profile, simulated throttling (Lighthouse's defaults), Debian's Chromium; nothing
 * leaves the machine. Targets: accessibility, best practices and SEO 100, performance at least 95.
 * Performance is computed from the trace, so a busy machine moves it a little: a run under 95 is
 * run again (twice at most) and the best score counts (docs/performance.md). Reports: $TMPDIR/duet-lighthouse/.
 */

const run = promisify(execFile);
const lighthouseCli = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
/** Outside test-results/, which Playwright may empty while a run goes on; the last run's reports stay. */
const reports = path.join(os.tmpdir(), 'duet-lighthouse');

type Audit = { id: string; title: string; score: number | null; displayValue?: string };
type Category = { id: string; score: number | null; auditRefs: Array<{ id: string; weight: number }> };
type Report = { categories: Record<string, Category>; audits: Record<string, Audit>; runtimeError?: { message: string } };

const targets: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

async function lighthouse(url: string, name: string, categories: readonly string[]): Promise<Report> {
  mkdirSync(reports, { recursive: true });
  const output = path.join(reports, name);
  await run(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      '--output=html',
      `--output-path=${output}`,
      '--chrome-flags=--headless --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(`${output}.report.json`, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  return report;
}

/** Each category's score and, for one below its target, the audits that cost it points. */
function findings(report: Report, categories: readonly string[]): { scores: Record<string, number | null>; failing: string[] } {
  const scores: Record<string, number | null> = {};
  const failing: string[] = [];
  for (const id of categories) {
    const target = targets[id]!;
    const category = report.categories[id]!;
    scores[id] = category.score;
    if ((category.score ?? 0) >= target) continue;
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id]!;
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${audit.id} (${audit.title}) ${audit.score} ${audit.displayValue ?? ''}`.trim());
    }
  }
  return { scores, failing };
}

/**
 * A page of search results is kept out of search engines on purpose (`noindex`, and robots.txt
 * disallows `/search?`), which Lighthouse's SEO category counts against it: there the test checks that
 * it is so instead, and holds the search page without a query to all four targets.
 */
const pages: Array<{ name: string; path: string; noindex?: true }> = [
  ...readingModes.map((mode) => ({ name: `article-${mode}`, path: `/articles/translating-in-the-open?mode=${mode}` })),
  { name: 'home', path: '/' },
  { name: 'search', path: '/search' },
  { name: 'search-results', path: '/search?q=translation', noindex: true },
];

test.describe('Lighthouse', () => {
  // What a page weighs and how it reads does not depend on the database: measured once, on the
  // SQLite pass of `npm test` (the PostgreSQL pass sets a postgresql:// E2E_DATABASE_URL).
  test.skip(/^postgres/.test(process.env.E2E_DATABASE_URL ?? ''), 'measured on the SQLite pass');
  for (const { name, path: pagePath, noindex } of pages) {
    test(`${name}: accessibility, best practices and SEO 100, performance at least 95`, async ({ baseURL }) => {
      test.setTimeout(240_000);
      const url = `${baseURL}${pagePath}`;
      const categories = Object.keys(targets).filter((id) => !(noindex && id === 'seo'));
      const report = await lighthouse(url, name, noindex ? [...categories, 'seo'] : categories);
      if (noindex) expect(report.audits['is-crawlable']!.score, `${url} is kept out of search engines`).toBe(0);
      let result = findings(report, categories);
      // Simulated throttling still reads the machine's own CPU time: a run short only on performance is
      // run again, twice at most, and the best run counts (docs/performance.md).
      for (let again = 1; again <= 2; again++) {
        if (!(result.failing.length > 0 && result.failing.every((line) => line.startsWith('performance:')))) break;
        const retry = findings(await lighthouse(url, `${name}-again-${again}`, categories), categories);
        if ((retry.scores.performance ?? 0) > (result.scores.performance ?? 0)) result = retry;
      }
      expect(result.failing, `${url}: ${JSON.stringify(result.scores)}`).toEqual([]);
      for (const id of categories) expect(result.scores[id], `${url} ${id}`).toBeGreaterThanOrEqual(targets[id]!);
    });
  }
});
