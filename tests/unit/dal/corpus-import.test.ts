import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { db } from '@/lib/dal/core/db.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { loadCorpus, withoutTrailingSpaces } from '../../support/corpus.ts';

const corpus = loadCorpus();
// MDN names join path parts with `--`; a slug has single dashes.
const corpusSlug = (name: string) => `corpus-${name.replace(/^.*\//, '').replace(/-+/g, '-')}`;
if (!corpus) console.log('Corpus not found (../shared/corpus or DUET_CORPUS): corpus import tests skipped');

describe.skipIf(!corpus)('importing the real articles of the corpus', () => {
  for (const pair of corpus?.pairs ?? []) {
    it(`${pair.name}: keeps the English byte for byte and every Chinese block`, async () => {
      const slug = corpusSlug(pair.name);
      await importArticle(systemViewer, { markdown: pair.english, translation: pair.chinese, slug });
      const segments = await db.segment.findMany({
        where: { article: { slug } },
        orderBy: { position: 'asc' },
        select: { source: true, translation: { select: { text: true } } },
      });
      expect(segments.map((segment) => segment.source).join('')).toBe(pair.english);

      const unaligned = await db.unalignedBlock.findMany({ where: { article: { slug } }, select: { text: true } });
      // Front matter fields are stored as plain values, the Chinese file's own lines with the article.
      const article = await db.article.findUniqueOrThrow({ where: { slug }, select: { frontMatter: true } });
      const stored = [
        article.frontMatter ?? '',
        ...segments.map((segment) => segment.translation?.text ?? ''),
        ...unaligned.map((block) => block.text),
      ].join('\n');
      const lost = segmentMarkdown(pair.chinese)
        .map((block) => segmentContent(block.source))
        .filter((content) => content && !stored.includes(content));
      expect(lost).toEqual([]);
    });
  }

  it('re-exports every untouched Chinese file as it was imported, from what was stored', async () => {
    const differing: string[] = [];
    for (const pair of corpus?.pairs ?? []) {
      const slug = corpusSlug(pair.name);
      const article = await getArticleExportOrThrow(systemViewer, slug);
      const zh = exportArticle(article, 'zh', 'omit').body;
      if (withoutTrailingSpaces(zh) !== withoutTrailingSpaces(pair.chinese)) differing.push(pair.name);
      expect(exportArticle(article, 'source', 'omit').body).toBe(pair.english);
    }
    console.log(`Chinese files re-exported exactly from the database: ${corpus!.pairs.length - differing.length}/${corpus!.pairs.length}`);
    expect(differing).toEqual([]);
  });
});
