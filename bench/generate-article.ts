/* Deterministic generated articles for the benchmarks: the same documents on every run. */

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
export function generatePair(size: number): { english: string; chinese: string } {
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
