import { describe, expect, it } from 'vitest';
import type { CheckId, Finding } from '@/lib/domain/checks/finding.ts';
import { CHECKS } from '@/lib/domain/checks/registry.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { editableSource, editableTranslation } from '@/lib/domain/markdown/front-matter-value.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { loadCorpus } from '../../../support/corpus.ts';

const corpus = loadCorpus();
if (!corpus) console.log('Check corpus tests skipped: no corpus at ../shared/corpus (set DUET_CORPUS to its folder).');

/** Set DUET_CHECKS_SAMPLES=typography.dash (or "all") to print what a check reports on the corpus. */
const SAMPLES = process.env.DUET_CHECKS_SAMPLES ?? '';

/**
 * The most findings per checked segment pair each check may report on the published, proofread
 * translations. The findings on the corpus were reviewed when these were set (see the closing note of
 * issue 7): the typography findings are true violations of the guidelines, and the link, number and
 * code findings are real differences (English edited after translation in falcon and gemma2, links
 * added by the smollm translator, code spans translated in dpo-trl). A ceiling sits a little above
 * the measured rate, so a regression that adds false positives fails here.
 */
const CEILINGS: Record<CheckId, number> = {
  empty: 0,
  untranslated: 0.01,
  'leftover-english': 0.01,
  'markdown.links': 0.05,
  'markdown.images': 0.01,
  'markdown.inline-code': 0.015,
  'markdown.emphasis': 0.03,
  'markdown.list': 0.01,
  'markdown.footnotes': 0.01,
  numbers: 0.05,
  urls: 0.01,
  'typography.cjk-latin-space': 0.035,
  'typography.fullwidth-space': 0.035,
  'typography.punctuation-width': 0.03,
  'typography.quotes': 0.015,
  'typography.ellipsis': 0.01,
  'typography.dash': 0.01,
  'typography.repeated-punctuation': 0.01,
  'glossary.missing-term': 0,
  'glossary.forbidden-term': 0,
};

/**
 * The Hugging Face translators' formatter writes the colon after Chinese as ": ". The guidelines
 * want "：", so the check reports it, but it is that community's house style, not an oversight:
 * counted apart and left out of the rate.
 */
const isHouseStyle = (finding: Finding) => finding.message === 'halfwidthInChinese' && finding.params?.expected === '：';

interface CheckedPair {
  article: string;
  source: string;
  target: string;
  findings: Finding[];
}

function checkCorpus(): CheckedPair[] {
  const checked: CheckedPair[] = [];
  for (const pair of corpus!.pairs) {
    const english = segmentMarkdown(pair.english);
    const alignment = alignTranslation(english, pair.chinese);
    const mergedInto = new Map(alignment.merged.map((merged) => [merged.intoSegmentIndex, merged.segmentIndex]));
    for (const aligned of alignment.pairs) {
      const segment = english[aligned.segmentIndex]!;
      if (!segment.translatable) continue;
      const partner = mergedInto.get(aligned.segmentIndex);
      // A front matter field is checked as its value, as the editor shows it.
      const source = [segment, ...(partner === undefined ? [] : [english[partner]!])].map((part) => editableSource(part)).join('\n\n');
      const target = editableTranslation(segment, aligned.text);
      const findings = runChecks({ source, target, kind: segment.kind });
      checked.push({ article: pair.name, source, target, findings });
    }
  }
  return checked;
}

/** The collection a corpus article belongs to: its folder (hf-blog, mdn). */
const collectionOf = (article: string) => article.split('/')[0]!;

/**
 * MDN pages drift far more than the blog posts: the Chinese often follows an older or newer English
 * revision (see corpus/mdn/README.md), so links, inline code and numbers really differ between the
 * two files of a pair, and MDN's macros (`{{jsxref(...)}}`) count as prose to the checks. The
 * findings were read: they are true differences, not false alarms; the ceilings sit a little above
 * the measured rates so that a regression still fails here.
 */
const COLLECTION_CEILINGS: Record<string, Partial<Record<CheckId, number>>> = {
  // Text that was hidden before is now checked: the 34 KB runaway display-math block of
  // encoder-decoder (a formula closed by `…$$` at a line's end) and HTML blocks with prose (figure
  // captions, feature lists in fine-video and ml-for-games-1). Their spacing findings are true
  // violations of the guidelines (a space after `。`, no space between Chinese and Latin).
  'hf-blog': { 'typography.cjk-latin-space': 0.045, 'typography.fullwidth-space': 0.055 },
  mdn: {
    // Links: the Chinese adds links to Chinese resources, drops ones the English gained later, and
    // writes `{{domxref(...)}}` macros where the English now writes a Markdown link (and back).
    'markdown.links': 0.2,
    // Inline code: the older Chinese writes `{{htmlattrdef("x")}}` / `{{jsxref("x")}}` macros where
    // the newer English writes `` `x` `` (the macro renders as code on MDN, but it is not a code span).
    'markdown.inline-code': 0.26,
    // Emphasis, lists, images and quotes follow the English revision the translation was made from.
    'markdown.emphasis': 0.06,
    'markdown.list': 0.02,
    'markdown.images': 0.015,
    'typography.quotes': 0.04,
  },
};

const ceilingOf = (collection: string, id: CheckId) => COLLECTION_CEILINGS[collection]?.[id] ?? CEILINGS[id];

describe.skipIf(!corpus)('checks on the proofread corpus translations', () => {
  it('stay under each check’s false-positive ceiling, per collection', { timeout: 60_000 }, () => {
    const all = checkCorpus();
    const collections = [...new Set(all.map((pair) => collectionOf(pair.article)))];
    const pad = (text: string | number, width: number) => String(text).padEnd(width);
    for (const collection of collections) {
      const checked = all.filter((pair) => collectionOf(pair.article) === collection);
      const rows = CHECKS.map((check) => {
        const findings = checked.flatMap((pair) => pair.findings.filter((finding) => finding.checkId === check.id).map((finding) => ({ pair, finding })));
        if (SAMPLES === 'all' || SAMPLES.split(',').includes(check.id)) {
          for (const { pair, finding } of findings) {
            const { start, end } = finding.span;
            console.log(`${check.id} ${pair.article} ${finding.message} ${JSON.stringify(finding.params ?? {})}: …${pair.target.slice(Math.max(0, start - 15), start)}[${pair.target.slice(start, Math.min(end, start + 60))}]${pair.target.slice(end, end + 15)}…`);
          }
        }
        const houseStyle = findings.filter(({ finding }) => isHouseStyle(finding)).length;
        return { id: check.id, severity: check.severity, findings: findings.length, houseStyle, rate: (findings.length - houseStyle) / checked.length };
      });
      console.log(
        [
          `${collection}: ${checked.length} segment pairs`,
          `${pad('check', 34)}${pad('severity', 9)}${pad('findings', 9)}${pad('house style', 12)}${pad('per pair', 9)}ceiling`,
          ...rows.map(
            (row) =>
              `${pad(row.id, 34)}${pad(row.severity, 9)}${pad(row.findings, 9)}${pad(row.houseStyle, 12)}` +
              `${pad(`${(row.rate * 100).toFixed(1)}%`, 9)}${(ceilingOf(collection, row.id) * 100).toFixed(1)}%`,
          ),
        ].join('\n'),
      );
      for (const row of rows) expect(row.rate, `${collection}: ${row.id}`).toBeLessThanOrEqual(ceilingOf(collection, row.id));
    }
  });
});
