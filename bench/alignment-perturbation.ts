/*
 * `npm run bench:attachments`: how often alignment attaches Chinese to the wrong English, measured on
 * the corpus pairs by changing them the way real translations differ from their sources and checking
 * that every block keeps the English it had before:
 *   - a paragraph removed from the Chinese (the English gained a paragraph after translation);
 *   - a section (a heading and the blocks up to the next) moved after the next one (the translator
 *     reordered sections).
 * A block counts when its text occurs once in the unchanged alignment, alone (not split or merged).
 * A block that stays unaligned is not a wrong attachment; the moved sections' unaligned blocks are
 * counted apart. Prints figures; it is not a test. Needs ../shared/corpus or DUET_CORPUS.
 */
import { locateBlocks } from '../lib/domain/markdown/block-layout.ts';
import { alignTranslation, type TranslationAlignment } from '../lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '../lib/domain/markdown/segment-markdown.ts';
import { loadCorpus } from './lib/corpus.ts';

const corpus = loadCorpus();
if (!corpus) {
  console.log('skipped: no corpus (set DUET_CORPUS)');
  process.exit(0);
}

let seed = 11;
const random = (count: number) => ((seed = (seed * 48271) % 2147483647), seed % count);
type Tally = { trials: number; checked: number; wrong: number; unaligned: number };
const removal: Tally = { trials: 0, checked: 0, wrong: 0, unaligned: 0 };
const move: Tally = { trials: 0, checked: 0, wrong: 0, unaligned: 0 };
const byCollection = new Map<string, { removal: Tally; move: Tally }>();

/** Blocks checked against where they were, and the wrong ones among them. */
function compare(result: TranslationAlignment, truth: Map<string, number>, tallies: Tally[]) {
  for (const pair of result.pairs) {
    const expected = truth.get(pair.text);
    if (expected === undefined) continue;
    for (const tally of tallies) {
      tally.checked++;
      if (expected !== pair.segmentIndex) tally.wrong++;
    }
  }
}

for (const pair of corpus.pairs) {
  const collection = pair.name.split('/')[0]!;
  if (!byCollection.has(collection)) byCollection.set(collection, { removal: { trials: 0, checked: 0, wrong: 0, unaligned: 0 }, move: { trials: 0, checked: 0, wrong: 0, unaligned: 0 } });
  const mine = byCollection.get(collection)!;
  const english = segmentMarkdown(pair.english);
  const unchanged = alignTranslation(english, pair.chinese);
  const occurrences = new Map<string, number>();
  for (const { text } of unchanged.pairs) occurrences.set(text, (occurrences.get(text) ?? 0) + 1);
  const truth = new Map(unchanged.pairs.filter(({ text }) => occurrences.get(text) === 1 && !text.includes('\n\n')).map(({ text, segmentIndex }) => [text, segmentIndex]));
  const blocks = locateBlocks(segmentMarkdown(pair.chinese)).filter((block) => block.end > block.start);
  const textOf = (block: (typeof blocks)[number]) => pair.chinese.slice(block.start, block.end);

  const paragraphs = blocks.filter((block) => block.segment.kind === 'paragraph' && truth.has(textOf(block)));
  for (let trial = 0; trial < 3 && paragraphs.length > 0; trial++) {
    const removed = paragraphs[random(paragraphs.length)]!;
    const result = alignTranslation(english, pair.chinese.slice(0, removed.start) + pair.chinese.slice(removed.end));
    removal.trials++;
    mine.removal.trials++;
    compare(result, truth, [removal, mine.removal]);
  }

  const headings = blocks.flatMap((block, index) => (block.segment.kind === 'heading' ? [index] : []));
  for (let trial = 0; trial < 2 && headings.length > 3; trial++) {
    const at = random(headings.length - 2);
    const [first, second, third] = [headings[at]!, headings[at + 1]!, headings[at + 2]!];
    const [start, middle, end] = [blocks[first]!.start, blocks[second]!.start, blocks[third]!.start];
    const chinese = pair.chinese.slice(0, start) + pair.chinese.slice(middle, end) + pair.chinese.slice(start, middle) + pair.chinese.slice(end);
    const result = alignTranslation(english, chinese);
    move.trials++;
    mine.move.trials++;
    compare(result, truth, [move, mine.move]);
    const aligned = new Set(result.pairs.map(({ text }) => text));
    const movedUnaligned = blocks.slice(first, third).filter((block) => truth.has(textOf(block)) && !aligned.has(textOf(block))).length;
    move.unaligned += movedUnaligned;
    mine.move.unaligned += movedUnaligned;
  }
}

const percent = (tally: Tally) => `${((100 * tally.wrong) / Math.max(1, tally.checked)).toFixed(2)}%`;
console.log('| change | collection | trials | blocks checked | wrongly attached | moved blocks left unaligned |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, tallies] of [...byCollection, ['all', { removal, move }] as const]) {
  console.log(`| paragraph removed from the Chinese | ${name} | ${tallies.removal.trials} | ${tallies.removal.checked} | ${tallies.removal.wrong} (${percent(tallies.removal)}) | — |`);
  console.log(`| section moved in the Chinese | ${name} | ${tallies.move.trials} | ${tallies.move.checked} | ${tallies.move.wrong} (${percent(tallies.move)}) | ${tallies.move.unaligned} |`);
}
