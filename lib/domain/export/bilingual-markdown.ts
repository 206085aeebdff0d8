import { exportTranslation } from '../markdown/export-markdown.ts';
import { splitSegmentSource } from '../markdown/source-segment.ts';
import { orderedSegments, translatedText, type ArticleExport, type ArticleExportSegment } from './article-export.ts';
import { editFrontMatter } from './front-matter-credits.ts';

/**
 * English and Chinese interleaved: each English block followed by its translation. A front matter
 * field holds both values (a key cannot appear twice in YAML), and the credits are added; blocks that
 * are not translated, or not translatable, appear once.
 */
export function exportBilingualMarkdown(article: ArticleExport): string {
  const segments = orderedSegments(article);
  const { replacements, insertions } = editFrontMatter(article, segments, 'bilingual');
  const exportSegments = segments.map((segment, index) => ({
    source: segment.source,
    translatable: segment.translatable,
    translation: replacements.get(index) ?? pairedBlocks(segment),
  }));
  return exportTranslation(exportSegments, { untranslated: 'source', insertions });
}

/** The English block, a separator, the Chinese block; null leaves the English block alone. */
function pairedBlocks(segment: ArticleExportSegment): string | null {
  if (segment.kind === 'frontmatter' || !segment.translatable) return null;
  const chinese = translatedText(segment);
  const { content, trailing } = splitSegmentSource(segment.source);
  if (!chinese || chinese === content) return null;
  return `${content}${separatorAfter(segment, trailing)}${chinese}`;
}

/**
 * A blank line ends most blocks, but a translated list item right under its English item keeps a
 * tight list tight. A lone line break would let a paragraph or table run into the next block.
 */
function separatorAfter(segment: ArticleExportSegment, trailing: string): string {
  return segment.kind === 'list_item' && !/\n[ \t]*\r?\n/.test(trailing) ? '\n' : '\n\n';
}
