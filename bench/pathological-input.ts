/**
 * Time of every step on the pathological inputs the unit tests feed the product: the Markdown
 * pipeline on documents built to make parsers quadratic or blow their stack (bench/lib/hostile-markdown.ts,
 * checked in tests/unit/domain/fuzz-markdown.test.ts), and the quality checks, their fixes, glossary
 * matching and the input schemas on the texts of bench/lib/hostile-texts.ts (checked in the checks,
 * glossary and fuzz-schemas tests). The tests check that each step gives its whole output; this
 * prints how long it takes. Run with `npm run bench:pathological`. Prints figures; fails nothing.
 */
import os from 'node:os';
import { fixAll } from '@/lib/domain/checks/apply-fixes.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { findGlossaryTerms } from '@/lib/domain/glossary/find-glossary-terms.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation } from '@/lib/domain/markdown/export-markdown.ts';
import { findMarkdownLimitProblem } from '@/lib/domain/markdown/markdown-limits.ts';
import { reanchorSegments } from '@/lib/domain/markdown/reanchor.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { alignSentences, splitChineseSentences, splitEnglishSentences } from '@/lib/domain/memory/sentences.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import { importArticleSchema } from '@/lib/validation/articles.ts';
import { maxCheckedTextLength } from '@/lib/validation/checks.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { IMAGE_PARAGRAPHS_OF_REFERENCES, PATHOLOGICAL_DOCUMENTS } from './lib/hostile-markdown.ts';
import {
  DISTINCT_NAMES_SOURCE,
  fillToCheckLimit,
  HOSTILE_CHECK_TEXTS,
  HOSTILE_FIELD_VALUES,
  HOSTILE_GLOSSARY,
  HOSTILE_GLOSSARY_TEXTS,
  HOSTILE_TYPOGRAPHY_TARGETS,
} from './lib/hostile-texts.ts';
import { loadInputSchemas } from './lib/input-schemas.ts';

/** "Well under" these on a quiet machine, as the tests' comments promised when they were timed. */
const TARGET_MS = { markdownStep: 2000, refusal: 2000, checks: 1000 };

type Timing = { group: string; input: string; step: string; characters: number; ms: number };
const timings: Timing[] = [];

function time(group: string, input: string, characters: number, step: string, work: () => unknown): void {
  const started = performance.now();
  work();
  timings.push({ group, input, step, characters, ms: performance.now() - started });
}

/** A refusal is expected: the time is how long it takes to say no. */
function refused(work: () => unknown): void {
  try {
    work();
  } catch {
    return;
  }
  throw new Error('expected a refusal');
}

const began = performance.now();

for (const [name, markdown] of Object.entries(PATHOLOGICAL_DOCUMENTS)) {
  const step = (label: string, work: () => unknown) => time('Markdown pipeline', name, markdown.length, label, work);
  step('renderMarkdown', () => renderMarkdown(markdown));
  if (findMarkdownLimitProblem(markdown)) {
    step('importArticleSchema (refused)', () => refused(() => parseOrThrow(importArticleSchema, { markdown, translation: markdown })));
    step('segmentMarkdown (refused)', () => refused(() => segmentMarkdown(markdown)));
  } else {
    let segments: ReturnType<typeof segmentMarkdown> = [];
    step('segmentMarkdown', () => (segments = segmentMarkdown(markdown)));
    step('alignTranslation + export', () => {
      const alignment = alignTranslation(segments, markdown);
      exportTranslation(exportSegmentsFromAlignment(segments, alignment), { untranslated: 'source', insertions: alignment.unaligned });
    });
    step('reanchorSegments', () => reanchorSegments(segments.map((segment, index) => ({ ...segment, id: `s${index}` })), segmentMarkdown(`${markdown}\n\nAdded.\n`)));
  }
  const checked = markdown.slice(0, maxCheckedTextLength);
  step('runChecks, first 50,000 characters', () => runChecks({ source: checked, target: checked }));
  step('findGlossaryTerms', () => findGlossaryTerms(markdown, HOSTILE_GLOSSARY));
  step('sentences', () => [splitEnglishSentences(markdown), splitChineseSentences(markdown), alignSentences(markdown, markdown)]);
}
time('Markdown pipeline', '100 paragraphs of an image and 1,999 undefined references', IMAGE_PARAGRAPHS_OF_REFERENCES.length, 'segmentMarkdown', () => segmentMarkdown(IMAGE_PARAGRAPHS_OF_REFERENCES));

for (const [name, text] of Object.entries(HOSTILE_CHECK_TEXTS)) {
  const kind = text.startsWith('title:') ? 'frontmatter' : undefined;
  time('Quality checks', name, text.length, 'runChecks, the text on both sides', () => runChecks({ source: `${text}\n\nRuns 7 times.`, target: text, kind }));
}
time('Quality checks', '8,000 short names against 50,000 letters', DISTINCT_NAMES_SOURCE.length, 'runChecks', () => runChecks({ source: DISTINCT_NAMES_SOURCE, target: fillToCheckLimit('a') }));
const SOURCE = 'An English source with 2 numbers, a [link](https://example.com/l) and `code`.';
for (const [name, target] of Object.entries(HOSTILE_TYPOGRAPHY_TARGETS)) {
  time('Quality checks', name, target.length, 'runChecks, as the target', () => runChecks({ source: SOURCE, target }));
  time('Quality checks', name, target.length, 'fixAll', () => fixAll({ source: SOURCE, target }));
}

for (const [name, text] of Object.entries(HOSTILE_GLOSSARY_TEXTS)) {
  time('Glossary', name, text.length, 'findGlossaryTerms', () => findGlossaryTerms(text, HOSTILE_GLOSSARY));
}

const schemas = await loadInputSchemas();
for (const [name, value] of Object.entries(HOSTILE_FIELD_VALUES)) {
  let slowest = { ms: 0, schema: '' };
  for (const { name: schemaName, schema, fields } of schemas) {
    for (const input of [value, Object.fromEntries(fields.map((field) => [field, value]))]) {
      const started = performance.now();
      try {
        parseOrThrow(schema, input);
      } catch {
        // Refused with a ValidationError (the fuzz tests check that it is one): the time is what counts here.
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, schema: schemaName };
    }
  }
  timings.push({ group: 'Input schemas', input: name, step: `slowest of ${schemas.length} schemas: ${slowest.schema}`, characters: value.length, ms: slowest.ms });
}

const slowestOf = (rows: Timing[]) => rows.reduce<Timing | null>((slowest, row) => (!slowest || row.ms > slowest.ms ? row : slowest), null);
const slowest = {
  markdownStep: slowestOf(timings.filter((row) => row.group === 'Markdown pipeline' && !row.step.includes('refused'))),
  refusal: slowestOf(timings.filter((row) => row.step.includes('refused'))),
  checks: slowestOf(timings.filter((row) => row.group === 'Quality checks')),
  glossary: slowestOf(timings.filter((row) => row.group === 'Glossary')),
  schemas: slowestOf(timings.filter((row) => row.group === 'Input schemas')),
};

console.log(`Pathological input, every step (load average ${os.loadavg()[0]!.toFixed(2)}, ${((performance.now() - began) / 1000).toFixed(0)} s in all)\n`);
console.log('| part | input | characters | step | ms |\n| --- | --- | ---: | --- | ---: |');
for (const row of timings) console.log(`| ${row.group} | ${row.input} | ${row.characters.toLocaleString('en-US')} | ${row.step} | ${row.ms.toFixed(0)} |`);
const over = (rows: Timing[], target: number) => rows.filter((row) => row.ms > target).length;
console.log(
  `\nSlowest Markdown step: ${slowest.markdownStep?.ms.toFixed(0)} ms (${slowest.markdownStep?.step}, ${slowest.markdownStep?.input}); ` +
    `${over(timings.filter((row) => row.group === 'Markdown pipeline'), TARGET_MS.markdownStep)} steps over the ${TARGET_MS.markdownStep} ms target.`,
);

if (process.env.BENCH_JSON === '1') {
  const summary = (measure: string, row: Timing | null, target?: number) => ({
    measure,
    size: row ? `${row.input}, ${row.step}` : '-',
    milliseconds: row ? Math.round(row.ms) : null,
    target: target ?? '-',
  });
  const rows = [
    summary('slowest Markdown step, pathological documents', slowest.markdownStep, TARGET_MS.markdownStep),
    summary('slowest refusal of a document past the limits', slowest.refusal, TARGET_MS.refusal),
    summary('slowest quality checks run, hostile text', slowest.checks, TARGET_MS.checks),
    summary('slowest glossary match, hostile text', slowest.glossary),
    summary('slowest input schema parse, hostile value', slowest.schemas),
  ];
  console.log(JSON.stringify({ rows }));
}
