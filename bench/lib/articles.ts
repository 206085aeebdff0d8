/*
 * Deterministic articles with an exact number of blocks, and their translations block for block:
 * prose paragraphs of 2–5 sentences, a heading every tenth block and a code fence every fiftieth.
 * (bench/generate-article.ts makes articles of a given size in bytes; these have a given length in
 * segments, which is what the editor and reader figures are stated in.)
 */
import { segmentMarkdown } from '../../lib/domain/markdown/segment-markdown.ts';

const WORDS = `translation memory segment paragraph reader editor review glossary source target model data
  layer attention token batch weights sequence vector inference latency benchmark sample metric`.split(/\s+/);
const HANZI = '翻译记忆段落读者编辑审校术语源目标模型数据层注意力词元批次权重序列向量推理延迟基准样本指标的是在和了有我们可以这个'.split('');

function createRandom(seed: number) {
  let state = seed;
  return (limit: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return Math.floor((state / 2 ** 32) * limit);
  };
}

export type GeneratedArticle = { english: string; chinese: string; paragraphs: number };

/** `blocks` Markdown blocks after the front matter (so `blocks + 1` segments). */
export function generateArticle(blocks: number, seed = 7): GeneratedArticle {
  const below = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[below(items.length)]!;
  const hanzi = (count: number) => Array.from({ length: count }, () => pick(HANZI)).join('');
  const english = ['---\ntitle: "A benchmark article"\nauthors:\n- user: bench\n---'];
  const chinese = ['---\ntitle: "一篇基准测试文章"\nauthors:\n- user: bench\ntranslators:\n- user: bench\n---'];
  let paragraphs = 0;
  for (let index = 1; index <= blocks; index++) {
    if (index % 10 === 1) {
      english.push(`## Section ${index}: the ${pick(WORDS)} ${pick(WORDS)}`);
      chinese.push(`## 第 ${index} 节：${hanzi(4)}`);
    } else if (index % 50 === 0) {
      const code = ['```python', ...Array.from({ length: 4 }, (_, line) => `x_${line} = ${pick(WORDS)}(${line})`), '```'].join('\n');
      english.push(code);
      chinese.push(code);
    } else {
      const sentences = 2 + below(4);
      const en = Array.from({ length: sentences }, (_, sentence) => {
        const words = Array.from({ length: 10 + below(12) }, () => pick(WORDS));
        words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
        if (sentence === 0 && below(4) === 0) words.push(`\`${pick(WORDS)}_${index}\``);
        return `${words.join(' ')}.`;
      });
      const zh = en.map((sentence) => `${hanzi(12 + below(20))}${sentence.includes('`') ? ` \`${/`([^`]*)`/.exec(sentence)![1]}\` ` : ''}。`);
      english.push(en.join(' '));
      chinese.push(zh.join(''));
      paragraphs += 1;
    }
  }
  return { english: english.join('\n\n') + '\n', chinese: chinese.join('\n\n') + '\n', paragraphs };
}

/** A new English version with every twentieth paragraph edited (5% of them); the rest unchanged. */
export function editParagraphs(markdown: string, every = 20): { markdown: string; edited: number } {
  let prose = 0;
  let edited = 0;
  const blocks = markdown.split('\n\n').map((block) => {
    if (block.startsWith('---') || block.startsWith('#') || block.startsWith('```')) return block;
    prose += 1;
    if (prose % every !== 0) return block;
    edited += 1;
    return block.replace(/\.$/, ', as revised by the author.');
  });
  return { markdown: blocks.join('\n\n'), edited };
}

/** The smallest article of this shape with exactly `paragraphs` prose paragraphs. */
export function generateArticleWithParagraphs(paragraphs: number, seed = 7): GeneratedArticle {
  let blocks = paragraphs;
  for (;;) {
    const article = generateArticle(blocks, seed);
    if (article.paragraphs >= paragraphs) return article;
    blocks += paragraphs - article.paragraphs;
  }
}

/** An article that the importer splits into exactly `segments` segments (front matter included). */
export function generateArticleWithSegments(segments: number, seed = 7): GeneratedArticle {
  const frontMatter = segmentMarkdown(generateArticle(0, seed).english).length;
  return generateArticle(segments - frontMatter, seed);
}
