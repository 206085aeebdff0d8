/*
 * Source update of a 1,000-segment article, through the data-access layer on the bench database:
 * import the article with its translation (approved), then import a new English version with 5% of
 * its paragraphs edited. The import of the same article is the reference.
 */
import { importArticle } from '../../lib/dal/articles/articles.ts';
import { updateArticleSource } from '../../lib/dal/articles/source-updates.ts';
import { systemViewer } from '../../lib/dal/core/viewer-types.ts';
import { editParagraphs, generateArticleWithSegments } from './articles.ts';
import { median } from './stats.ts';

export type SourceUpdateFigures = {
  segments: number;
  editedParagraphs: number;
  paragraphs: number;
  runs: number;
  importMs: number;
  updateMs: number;
  summary: { unchanged: number; changed: number; added: number; removed: number };
};

export async function measureSourceUpdate(runs: number): Promise<SourceUpdateFigures> {
  const article = generateArticleWithSegments(1000, 23);
  const revised = editParagraphs(article.english);
  const imports: number[] = [];
  const updates: number[] = [];
  let segments = 0;
  let summary: SourceUpdateFigures['summary'] = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (let run = 0; run < runs; run++) {
    const slug = `bench-source-update-${run + 1}`;
    let started = performance.now();
    const imported = await importArticle(systemViewer, { markdown: article.english, translation: article.chinese, slug }, { approveImported: true });
    imports.push(performance.now() - started);
    segments = imported.segments;
    started = performance.now();
    summary = await updateArticleSource(systemViewer, slug, revised.markdown);
    updates.push(performance.now() - started);
  }
  return {
    segments,
    editedParagraphs: revised.edited,
    paragraphs: article.paragraphs,
    runs,
    importMs: median(imports),
    updateMs: median(updates),
    summary,
  };
}
