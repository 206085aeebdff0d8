import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/lib/domain/article-metadata.ts';
import type { ArticleExport, TranslationStatus } from '@/lib/domain/export/article-export.ts';
import { exportPo } from '@/lib/domain/export/export-po.ts';
import { exportXliff12, exportXliff20 } from '@/lib/domain/export/export-xliff.ts';
import { parseXliff } from '@/lib/domain/export/parse-xliff.ts';
import { exportSeedFormat } from '@/lib/domain/export/seed-format.ts';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment } from '@/lib/domain/markdown/export-markdown.ts';
import { editableSource, editableTranslation } from '@/lib/domain/markdown/front-matter-value.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { planXliffImport } from '@/lib/domain/xliff/plan-import.ts';
import { readTranslatedFile } from '@/lib/domain/xliff/read-po.ts';
import { loadCorpus } from '../../../support/corpus.ts';
import { canValidateXliff, validateXliff } from './xml-schema.ts';

const corpus = loadCorpus();
const STATUSES: TranslationStatus[] = ['draft', 'submitted', 'approved', 'rejected', 'outdated'];

/** The article Duet would hold after importing a corpus pair, with every status in play. */
function importPair(slug: string, english: string, chinese: string): ArticleExport {
  const segments = segmentMarkdown(english);
  const aligned = exportSegmentsFromAlignment(segments, alignTranslation(segments, chinese));
  return {
    slug,
    title: slug,
    titleZh: null,
    sourceUrl: null,
    author: null,
    credits: { translators: [], reviewers: [] },
    segments: aligned.map((segment, index) => ({
      id: `${slug}.${index}`,
      position: index,
      kind: segments[index]!.kind,
      source: segment.source,
      translatable: segment.translatable,
      translation: segment.translation === null ? null : { text: segment.translation, status: STATUSES[index % STATUSES.length]! },
    })),
  };
}

describe.skipIf(!corpus)(`export of the corpus${corpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const pairs = corpus?.pairs ?? [];

  it.each(pairs.flatMap((pair) => (['2.0', '1.2'] as const).map((version) => ({ ...pair, version }))))(
    'round-trips $name through XLIFF $version',
    ({ name, english, chinese, version }) => {
      const article = importPair(name.replace(/[^A-Za-z0-9.-]/g, '-'), english, chinese);
      const xliff = version === '2.0' ? exportXliff20(article) : exportXliff12(article);
      if (canValidateXliff) expect(validateXliff(xliff, version).messages).toMatch(/validates\s*$/);
      const expected = article.segments
        .filter((segment) => segment.translatable)
        .map((segment) => ({
          id: segment.id,
          source: editableSource(segment),
          target: segment.translation ? editableTranslation(segment, segment.translation.text) : null,
          state: segment.translation?.status ?? 'untranslated',
        }));
      expect(expected.length).toBeGreaterThan(10);
      expect(parseXliff(xliff, article.segments)).toEqual(expected);
    },
  );

  it.each(pairs.flatMap((pair) => (['PO', 'XLIFF 1.2 for OmegaT'] as const).map((format) => ({ ...pair, format }))))(
    'reads back $name from its $format export unchanged: every translation the exact Markdown it was',
    ({ name, english, chinese, format }) => {
      const article = importPair(name.replace(/[^A-Za-z0-9.-]/g, '-'), english, chinese);
      const segments = article.segments.map((segment) => ({ ...segment, translation: segment.translation ? { ...segment.translation, version: 1 } : null }));
      const file = format === 'PO' ? exportPo({ ...article, segments }) : exportXliff12({ ...article, segments }, { untranslated: 'source' });
      const plan = planXliffImport(readTranslatedFile(file), { slug: article.slug, segments });
      const translated = segments.filter((segment) => segment.translatable && segment.translation && segment.translation.text !== '');
      expect(translated.length).toBeGreaterThan(10);
      expect(plan).toEqual({ changes: [], unchanged: translated.length, conflicts: [], refused: [] });
    },
  );

  const seed = corpus?.files.find((file) => file.name.endsWith('sovereignty-and-open-source.zh.md'));

  it.skipIf(!seed)('writes the seed translation back in its exact published shape', () => {
    const published = seed!.markdown;
    const front = readFrontMatter(published);
    const body = published.slice(published.indexOf('---\n', 4) + 4, published.lastIndexOf('\n\n* * *'));
    const article: ArticleExport = {
      slug: 'sovereignty-and-open-source',
      title: 'English title',
      titleZh: String(front.title),
      sourceUrl: /英文原文: \[.*\]\((\S+)\)/.exec(published)?.[1] ?? null,
      author: null,
      publishedAt: new Date(String(front.date)),
      credits: { translators: [/译者: (.+)$/.exec(published)?.[1] ?? ''], reviewers: [] },
      segments: segmentMarkdown(body).map((segment, index) => ({
        id: String(index),
        position: index,
        ...segment,
        translation: { text: segmentContent(segment.source), status: 'approved' },
      })),
    };
    expect(exportSeedFormat(article)).toBe(published);
  });
});
