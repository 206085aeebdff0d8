import { editableSource, editableTranslation } from '../markdown/front-matter-value.ts';
import { orderedSegments, translatedText, type ArticleExport, type ArticleExportSegment, type TranslationStatus } from './article-export.ts';
import { XliffError } from './xliff-error.ts';
import { XLIFF_12_STATES, XLIFF_20_STATES } from './xliff-states.ts';
import { escapeXmlAttribute as attr, escapeXmlText, XML_DECLARATION } from './xml-text.ts';

export const XLIFF_20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const SOURCE_LANGUAGE = 'en';
export const TARGET_LANGUAGE = 'zh-CN';

/**
 * XLIFF 2.0 with one unit per segment, its id the segment id. Segments that are not translatable
 * (code, HTML, front matter data) are included with `translate="no"` so a translation tool shows
 * them as context; reading the file back skips them. A front matter field (`title`) is its value on
 * both sides, as the editor shows it. Characters XML cannot hold become `<cp>`.
 */
export function exportXliff20(article: ArticleExport): string {
  assertXliffId(article.slug, 'slug');
  return [
    XML_DECLARATION,
    `<xliff xmlns="${XLIFF_20_NAMESPACE}" version="2.0" srcLang="${SOURCE_LANGUAGE}" trgLang="${TARGET_LANGUAGE}">`,
    `  <file id="${attr(article.slug)}" original="${attr(article.slug)}">`,
    ...orderedSegments(article).map(formatUnit),
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/**
 * XLIFF 1.2 (strict) with one trans-unit per segment, like `exportXliff20`. XLIFF 1.2 has no way to
 * write characters XML cannot hold, so they are dropped.
 */
export function exportXliff12(article: ArticleExport): string {
  return [
    XML_DECLARATION,
    `<xliff xmlns="${XLIFF_12_NAMESPACE}" version="1.2">`,
    `  <file original="${attr(article.slug)}" source-language="${SOURCE_LANGUAGE}" target-language="${TARGET_LANGUAGE}" datatype="x-markdown">`,
    '    <body>',
    ...orderedSegments(article).map(formatTransUnit),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

function formatUnit(segment: ArticleExportSegment): string {
  assertXliffId(segment.id, 'segment id');
  const target = exportedTarget(segment);
  const { state, subState } = XLIFF_20_STATES[target?.status ?? 'untranslated'];
  const unitAttributes = segment.translatable ? '' : ' translate="no"';
  const segmentAttributes = segment.translatable ? ` state="${state}"${subState ? ` subState="${subState}"` : ''}` : '';
  return [
    `    <unit id="${attr(segment.id)}"${unitAttributes} xml:space="preserve">`,
    `      <segment${segmentAttributes}>`,
    `        <source>${inline20(editableSource(segment))}</source>`,
    ...(target === null ? [] : [`        <target>${inline20(target.text)}</target>`]),
    '      </segment>',
    '    </unit>',
  ].join('\n');
}

function formatTransUnit(segment: ArticleExportSegment): string {
  assertXliffId(segment.id, 'segment id');
  const target = exportedTarget(segment);
  const status = target?.status ?? 'untranslated';
  const { state, qualifier } = XLIFF_12_STATES[status];
  const unitAttributes = [
    `id="${attr(segment.id)}"`,
    ...(segment.translatable ? [] : ['translate="no"']),
    ...(status === 'approved' ? ['approved="yes"'] : []),
    'xml:space="preserve"',
  ].join(' ');
  const targetAttributes = `${state ? ` state="${state}"` : ''}${qualifier ? ` state-qualifier="${qualifier}"` : ''}`;
  return [
    `      <trans-unit ${unitAttributes}>`,
    `        <source>${escapeXmlText(editableSource(segment))}</source>`,
    ...(target === null ? [] : [`        <target${targetAttributes}>${escapeXmlText(target.text)}</target>`]),
    '      </trans-unit>',
  ].join('\n');
}

/** Only translatable segments carry a target: re-import ignores the others anyway. */
function exportedTarget(segment: ArticleExportSegment): { text: string; status: TranslationStatus } | null {
  const text = segment.translatable ? translatedText(segment) : null;
  return text === null || segment.translation === null ? null : { text: editableTranslation(segment, text), status: segment.translation.status };
}

function inline20(text: string): string {
  return escapeXmlText(text, (char) => `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`);
}

/** XLIFF 2.0 ids are NMTOKENs; ids from the database always are, and 1.2 gets the same rule. */
function assertXliffId(id: string, what: string) {
  if (!/^[A-Za-z0-9._:-]+$/.test(id)) throw new XliffError(`The ${what} "${id}" cannot be used as an XLIFF id`);
}
