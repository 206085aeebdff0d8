import type { ArticleExport, TranslationStatus } from '@/lib/domain/export/article-export.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';

/** Written for these tests: a short English post in the shape of the blogs Duet translates. */
export const ENGLISH = [
  '---',
  'title: "Reading Rivers"',
  'thumbnail: /img/river.png',
  'authors:',
  '- user: lin',
  '---',
  '',
  '# Reading Rivers',
  '',
  'Rivers carve valleys slowly, one flood at a time.',
  '',
  '```python',
  'print("flow")',
  '```',
  '',
  '- Water finds the lowest path.',
  '- Sediment settles where the current slows.',
  '',
  '> Banks remember every storm.',
  '',
].join('\n');

export type Translations = Record<number, { text: string; status: TranslationStatus }>;

/** Segment index → translation, for `ENGLISH` as `segmentMarkdown` splits it. */
export const CHINESE: Translations = {
  1: { text: 'title: "读懂河流"', status: 'approved' },
  5: { text: '# 读懂河流', status: 'approved' },
  6: { text: '河流慢慢切出山谷，一次洪水接着一次洪水。', status: 'submitted' },
  8: { text: '- 水总是寻找最低的路径。', status: 'draft' },
  10: { text: '> 河岸记得每一场风暴。', status: 'approved' },
};

export function buildArticle(markdown: string, translations: Translations, overrides: Partial<ArticleExport> = {}): ArticleExport {
  return {
    slug: 'reading-rivers',
    title: 'Reading Rivers',
    titleZh: '读懂河流',
    sourceUrl: 'https://example.org/blog/reading-rivers',
    author: 'lin',
    publishedAt: new Date('2025-03-04T05:06:07.000Z'),
    credits: { translators: ['mei'], reviewers: ['chen'] },
    segments: segmentMarkdown(markdown).map((segment, index) => ({
      id: `seg-${index}`,
      position: index,
      ...segment,
      translation: translations[index] ?? null,
    })),
    ...overrides,
  };
}
