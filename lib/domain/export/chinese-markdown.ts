import { exportTranslation } from '../markdown/export-markdown.ts';
import { orderedSegments, translatedText, type ArticleExport, type UntranslatedPolicy } from './article-export.ts';
import { editFrontMatter } from './front-matter-credits.ts';

/**
 * The Chinese Markdown file in the structure of the English one, with the Chinese title and a
 * `translators:` list in its front matter, as the Hugging Face Chinese blog publishes translations.
 */
export function exportChineseMarkdown(article: ArticleExport, options: { untranslated: UntranslatedPolicy }): string {
  const segments = orderedSegments(article);
  const { replacements, insertions } = editFrontMatter(article, segments, 'translated');
  const exportSegments = segments.map((segment, index) => ({
    source: segment.source,
    kind: segment.kind,
    translatable: segment.translatable,
    translation: replacements.get(index) ?? translatedText(segment),
    layout: segment.placement?.layout ?? null,
    absent: segment.placement?.absent ?? false,
  }));
  // An imported `translators:` block is already represented by the credits written above.
  const unaligned = (article.unaligned ?? []).filter((block) => !/^translators\s*:/.test(block.text));
  return exportTranslation(exportSegments, { untranslated: options.untranslated, insertions: [...insertions, ...unaligned] });
}
