/**
 * Import + align timings against the product targets. Run with `npx tsx bench/import-align.ts`.
 * Prints figures; it is not a test and fails nothing.
 */
import os from 'node:os';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { loadCorpus } from '@/tests/support/corpus.ts';

// BENCH_BYTES shrinks the generated documents for a quick run; the targets are for 5 MB.
const GENERATED_BYTES = Number(process.env.BENCH_BYTES ?? 5_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  measure: string;
  size: string;
  milliseconds: number | null;
  target: number;
  note?: string;
}

/** Median wall time of `runs` runs, after a warm-up run for the short ones (a 5 MB run warms itself up). */
function medianTime(work: () => unknown, runs = RUNS, warmUp = true): number {
  if (warmUp) work();
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
  times.sort((first, second) => first - second);
  return times[Math.floor(times.length / 2)]!;
}

const mb = (text: string) => `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`;

/** A deterministic pseudo-random source, so every run measures the same documents. */
function createRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  return {
    below: (limit: number) => Math.floor(next() * limit),
    chance: (probability: number) => next() < probability,
  };
}

const WORDS = `model training data layer attention token batch loss gradient weights decoder encoder sequence
  vector inference memory latency benchmark dataset prompt output input sample metric accuracy parameter`.split(/\s+/);
const HANZI = '模型训练数据层注意力词元批次损失梯度权重解码器编码器序列向量推理内存延迟基准样本指标准确率参数的是在和了有我们可以这个'.split('');

/** An article shaped like the corpus (prose, headings, lists, code, images, tables) and a translation of it. */
function generatePair(size: number): { english: string; chinese: string } {
  const random = createRandom(42);
  const pick = <T>(items: readonly T[]) => items[random.below(items.length)]!;
  const sentence = (index: number) => {
    const words = Array.from({ length: 8 + random.below(14) }, () => pick(WORDS));
    if (random.chance(0.3)) words.push(`\`${pick(WORDS)}_${index}\``);
    if (random.chance(0.2)) words.push(`[${pick(WORDS)}](https://example.com/${index})`);
    if (random.chance(0.3)) words.push(String(random.below(1000)));
    return `${words.join(' ')}.`;
  };
  // Words become Chinese; code, link targets and numbers are kept, as translators do.
  const translate = (text: string) =>
    text
      .replace(/(`[^`]*`|\]\([^)]*\))|[A-Za-z]+/g, (word, kept: string | undefined) => kept ?? pick(HANZI) + pick(HANZI))
      .replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');
  const english: string[] = ['---\ntitle: "A generated article"\nauthors:\n- user: bench\n---\n'];
  const chinese: string[] = ['---\ntitle: "一篇生成的文章"\nauthors:\n- user: bench\ntranslators:\n- user: bench\n---\n'];
  let length = 0;
  for (let section = 1; length < size; section++) {
    const blocks: [string, string][] = [[`## Section ${section}: ${pick(WORDS)}`, `## 第 ${section} 节：${pick(HANZI)}${pick(HANZI)}`]];
    for (let index = 0; index < 3 + random.below(4); index++) {
      const sentences = Array.from({ length: 2 + random.below(5) }, () => sentence(section));
      const translation = random.chance(0.1)
        ? `${translate(sentences.slice(0, 1).join(' '))}\n\n${translate(sentences.slice(1).join(' '))}`
        : translate(sentences.join(' '));
      blocks.push([sentences.join(' '), translation]);
    }
    if (random.chance(0.05)) blocks.push(['', `> 译者注：${translate(sentence(section))}`]);
    if (random.chance(0.4)) {
      const items = Array.from({ length: 3 + random.below(4) }, () => `- ${sentence(section)}`);
      blocks.push([items.join('\n'), items.map(translate).join('\n')]);
    }
    if (random.chance(0.3)) {
      const code = ['```python', ...Array.from({ length: 4 + random.below(10) }, (_, line) => `x_${line} = ${pick(WORDS)}(${line})`), '```'].join('\n');
      blocks.push([code, code]);
    }
    if (random.chance(0.3)) blocks.push([`![A ${pick(WORDS)} chart](/assets/${section}.png)`, `![${pick(HANZI)}图](/assets/${section}.png)`]);
    if (random.chance(0.15)) blocks.push(['| Model | Size |\n| --- | --- |\n| tiny | 10M |', '| 模型 | 大小 |\n| --- | --- |\n| tiny | 10M |']);
    if (random.chance(0.15)) blocks.push([`> ${sentence(section)}`, `> ${translate(sentence(section))}`]);
    for (const [source, translation] of blocks) {
      if (source) english.push(source);
      chinese.push(translation);
      length += source.length + 2;
    }
  }
  return { english: english.join('\n\n'), chinese: chinese.join('\n\n') };
}

/** The segmenter unit test's sample: a block every ~25 bytes, far denser than any real article. */
const DENSE_SECTION = `# Shipping a tiny model

We trained a **small** model on 3 GPUs.
It fits on a phone.

- First item
- Second item
  - nested detail stays inside
- Third item

1. Ordered one
2. Ordered two

> Quotes are prose too.

| Model | Size |
| ----- | ---- |
| tiny  | 10M  |

![A chart of loss over time](/assets/loss.png)

[![Badge](https://example.com/badge.svg)](https://example.com)

\`\`\`python
print("hello")
\`\`\`

<div align="center">
  <img src="/assets/figure.png">
</div>

$$
E = mc^2
$$

---

[ref]: https://example.com/reference

`;

function measureCorpus(): Row {
  const corpus = loadCorpus();
  const largest = corpus?.pairs.sort((first, second) => second.english.length - first.english.length)[0];
  if (!largest) {
    return { measure: 'segment + align, largest corpus pair', size: '-', milliseconds: null, target: 200, note: 'skipped: no corpus (set DUET_CORPUS)' };
  }
  const milliseconds = medianTime(() => alignTranslation(segmentMarkdown(largest.english), largest.chinese), RUNS * 3);
  return { measure: `segment + align, ${largest.name}`, size: `${(largest.english.length / 1e3).toFixed(0)} KB`, milliseconds, target: 200 };
}

function main() {
  const { english, chinese } = generatePair(GENERATED_BYTES);
  const dense = DENSE_SECTION.repeat(Math.ceil(GENERATED_BYTES / DENSE_SECTION.length));
  const englishSegments = segmentMarkdown(english);
  const loadBefore = os.loadavg();
  const rows: Row[] = [
    measureCorpus(),
    { measure: 'segment, generated article', size: mb(english), milliseconds: medianTime(() => segmentMarkdown(english), 3, false), target: 3000 },
    { measure: 'segment, dense generated article', size: mb(dense), milliseconds: medianTime(() => segmentMarkdown(dense), 1, false), target: 3000 },
    {
      // alignTranslation segments the translation itself; the English segments come from the import.
      measure: 'segment translation + align, generated pair',
      size: `${mb(english)} + ${mb(chinese)}`,
      milliseconds: medianTime(() => alignTranslation(englishSegments, chinese), 1, false),
      target: 3000,
    },
  ];
  const loads = [loadBefore, os.loadavg()].map((load) => load.map((value) => value.toFixed(2)).join(' '));
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${loads[0]} before, ${loads[1]} after`);
  console.table(
    rows.map((row) => ({
      measure: row.measure,
      size: row.size,
      'median ms': row.milliseconds === null ? row.note : Math.round(row.milliseconds),
      'target ms': row.target,
      'within target': row.milliseconds === null ? '-' : row.milliseconds <= row.target ? 'yes' : 'no',
    })),
  );
}

main();
