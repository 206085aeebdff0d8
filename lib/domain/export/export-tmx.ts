import { editableSource, editableTranslation } from '../markdown/front-matter-value.ts';
import { orderedSegments, type ArticleExport } from './article-export.ts';
import { SOURCE_LANGUAGE, TARGET_LANGUAGE } from './export-xliff.ts';
import { escapeXmlAttribute as attr, escapeXmlText, XML_DECLARATION } from './xml-text.ts';

/**
 * A TMX 1.4b translation memory of the article's approved pairs only, so another tool (or another
 * Duet) learns from reviewed work and nothing else. Pairs without text (merged into a neighbour)
 * teach nothing and are left out; a front matter field is its value on both sides; characters XML
 * cannot hold are dropped.
 */
export function exportTmx(article: ArticleExport): string {
  const units = orderedSegments(article).flatMap((segment) => {
    const translation = segment.translation;
    if (!segment.translatable || translation?.status !== 'approved' || translation.text.trim() === '') return [];
    return [
      `    <tu tuid="${attr(segment.id)}">`,
      `      <tuv xml:lang="${SOURCE_LANGUAGE}"><seg>${escapeXmlText(editableSource(segment))}</seg></tuv>`,
      `      <tuv xml:lang="${TARGET_LANGUAGE}"><seg>${escapeXmlText(editableTranslation(segment, translation.text))}</seg></tuv>`,
      '    </tu>',
    ];
  });
  return [
    XML_DECLARATION,
    '<tmx version="1.4">',
    `  <header creationtool="Duet" creationtoolversion="1" segtype="paragraph" o-tmf="Duet" adminlang="en" srclang="${SOURCE_LANGUAGE}" datatype="markdown">`,
    `    <prop type="x-duet-article">${escapeXmlText(article.slug)}</prop>`,
    '  </header>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
