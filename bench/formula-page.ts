/**
 * The weight and build time of a formula-heavy reader page: a post of 120 paragraphs, each with
 * two inline formulas and three display formulas, built into the page file the reading site serves
 * (lib/site/pages/article.ts), as publishing does. Two shapes: the display formulas as blocks of
 * their own (segments that are not translated, so shown once), and written inside the paragraph
 * (`$$…$$` in the prose, so shown in the English and the Chinese column). Run with
 * `npm run bench:formula`. Prints figures; fails nothing.
 */
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { toHtml } from 'hast-util-to-html';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { renderReadingRows, type ReaderPair } from '@/lib/domain/reader/reading-rows.ts';
import { articlePage } from '@/lib/site/pages/article.ts';
import { siteStyles } from '@/lib/site/styles.ts';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 120);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const DISPLAY = [
  (i: number) => `\\sum_{i=1}^{${i}} \\frac{\\partial L}{\\partial w_i} = \\int_0^1 \\sqrt{x^2+y^2}\\,dx`,
  (i: number) => `\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_{${i}}}}\\right)V`,
  (i: number) => `p_\\theta(x_{${i}}) = \\prod_{t=1}^{T} p_\\theta(x_t \\mid x_{<t}), \\quad \\mathcal{L} = -\\mathbb{E}\\left[\\log p_\\theta(x)\\right]`,
];
const INLINE = [(i: number) => `\\alpha_{${i}} = 0.1`, (i: number) => `O(n^2 d)`];

type Shape = 'blocks' | 'in-paragraph';

function generatePost(shape: Shape): { english: string; chinese: string; formulas: number } {
  const english: string[] = [];
  const chinese: string[] = [];
  let formulas = 0;
  for (let index = 1; index <= PARAGRAPHS; index++) {
    const [a, b] = INLINE.map((formula) => `$${formula(index)}$`);
    const displays = DISPLAY.map((formula) => formula(index));
    const enProse = `In step ${index} the gradient with ${a} costs ${b} per layer, as the model's loss falls over the batch`;
    const zhProse = `在第 ${index} 步，取 ${a} 时梯度的代价为每层 ${b}，模型的损失随批次下降`;
    if (shape === 'blocks') {
      english.push(`${enProse}:`, ...displays.map((tex) => `$$\n${tex}\n$$`));
      chinese.push(`${zhProse}：`, ...displays.map((tex) => `$$\n${tex}\n$$`));
      formulas += 2 * 2 + 3 * 2;
    } else {
      const inline = displays.map((tex) => `$$${tex}$$`).join(', ');
      english.push(`${enProse}: ${inline}.`);
      chinese.push(`${zhProse}：${inline}。`);
      formulas += 5 * 2;
    }
  }
  return { english: english.join('\n\n') + '\n', chinese: chinese.join('\n\n') + '\n', formulas };
}

/** Pairs as a publication stores them: untranslatable segments (display math) have no target. */
function toReaderPairs(english: string, chinese: string): ReaderPair[] {
  const segments = segmentMarkdown(english);
  const targets = new Map(alignTranslation(segments, chinese).pairs.map((pair) => [pair.segmentIndex, pair.text]));
  return segments.map((segment, index) => ({
    position: index + 1,
    kind: segment.kind,
    source: segmentContent(segment.source),
    target: segment.translatable ? segmentContent(targets.get(index) ?? '') : null,
  }));
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

const context = { styles: siteStyles(), assets: { stylesheet: '/assets/site-000000000000.css', script: '/assets/reader-000000000000.js' }, origin: null };

for (const shape of ['blocks', 'in-paragraph'] as const) {
  const post = generatePost(shape);
  const pairs = toReaderPairs(post.english, post.chinese);
  const article = {
    slug: 'formulas',
    title: 'Formulas',
    titleZh: '公式',
    sourceUrl: null,
    author: null,
    credits: { translators: ['A Translator'], reviewers: [] },
    tags: [],
    thumbnail: null,
    publishedAt: new Date('2026-12-07T00:00:00Z'),
    pairs,
    unaligned: [],
  };
  const build = () => toHtml(articlePage(context, article, renderReadingRows(article)), { allowDangerousHtml: true });
  build();
  const times: number[] = [];
  let page = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    page = build();
    times.push(performance.now() - started);
  }
  times.sort((first, second) => first - second);
  const bytes = Buffer.byteLength(page);
  const shown = page.match(/<annotation encoding="application\/x-tex">/g)?.length ?? 0;
  const mathml = page.match(/<math\b/g)?.length ?? 0;
  const katexHtml = page.match(/class="katex-html"/g)?.length ?? 0;
  console.log(
    `${shape}: ${PARAGRAPHS} paragraphs, ${post.formulas} formulas written (English + Chinese), ${shown} shown; ` +
      `<math> elements ${mathml}, katex-html spans ${katexHtml}\n` +
      `  page file ${megabytes(bytes)} (${Math.round(bytes / Math.max(shown, 1))} bytes a formula shown), ` +
      `gzip ${megabytes(gzipSync(page).length)}, brotli ${megabytes(brotliCompressSync(page).length)}\n` +
      `  built in ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (median of ${RUNS})`,
  );
}
