import { createGlossaryMatcher } from '../glossary/find-glossary-terms.ts';
import type { GlossaryEntry } from '../glossary/glossary-term.ts';
import { editableSource } from '../markdown/front-matter-value.ts';
import { alignTargetCodes, codeSegment, type CodedText, type Coder } from '../xliff/inline-codes.ts';
import { articleCoder } from '../xliff/unit-markdown.ts';
import { inline12, inline20, originalData20, text20 } from '../xliff/write-inline.ts';
import {
  orderedSegments,
  translatedText,
  type ArticleExport,
  type ArticleExportSegment,
  type TranslationStatus,
  type UntranslatedPolicy,
} from './article-export.ts';
import { XliffError } from './xliff-error.ts';
import { XLIFF_12_STATES, XLIFF_20_STATES } from './xliff-states.ts';
import { escapeXmlAttribute as attr, escapeXmlText, XML_DECLARATION } from './xml-text.ts';

export const XLIFF_20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** Duet's own attributes in XLIFF 2.0 (`duet:version`); 1.2 carries the version in `extradata`. */
export const DUET_NAMESPACE = 'urn:x-duet:xliff';
export const VERSION_12_PREFIX = 'duet-version:';
/** The 1.2 state of a target that is only a copy of the source, still to be translated. */
export const SOURCE_COPY_STATE_12 = 'needs-translation';
export const SOURCE_LANGUAGE = 'en';
export const TARGET_LANGUAGE = 'zh-CN';

/**
 * XLIFF 2.0 with one unit per segment, its id the segment id. Segments that are not translatable
 * (code, HTML, front matter data) are included with `translate="no"` so a translation tool shows
 * them as context; reading the file back skips them. A front matter field (`title`) is its value on
 * both sides, as the editor shows it; other segments have their markup as inline codes and their
 * block syntax left out (lib/domain/xliff/inline-codes.ts). Each unit carries the translation's
 * version (`duet:version`) and notes: its Duet status and its glossary terms. Characters XML cannot
 * hold become `<cp>`.
 */
export function exportXliff20(article: ArticleExport): string {
  assertXliffId(article.slug, 'slug');
  const notes = unitNotes(article);
  const coder = exportCoder(article);
  return [
    XML_DECLARATION,
    `<xliff xmlns="${XLIFF_20_NAMESPACE}" xmlns:duet="${DUET_NAMESPACE}" version="2.0" srcLang="${SOURCE_LANGUAGE}" trgLang="${TARGET_LANGUAGE}">`,
    `  <file id="${attr(article.slug)}" original="${attr(article.slug)}">`,
    ...orderedSegments(article).map((segment) => formatUnit(segment, notes, coder)),
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/**
 * XLIFF 1.2 (strict) with one trans-unit per segment, like `exportXliff20`. XLIFF 1.2 has no way to
 * write characters XML cannot hold, so they are dropped.
 *
 * `untranslated: 'source'` gives each untranslated unit a copy of its source as the target, marked
 * `state="needs-translation"`. OmegaT 3.6's XLIFF filter translates the text of `<target>` and
 * never reads `<source>`, so without the copy it finds no segment at all; other tools (translate-
 * toolkit's xliff2po) would take the copy for a translation, so it is not the default. Reading a
 * file back treats a copy still marked so as no translation (read-xliff.ts).
 */
export function exportXliff12(article: ArticleExport, options: { untranslated: UntranslatedPolicy } = { untranslated: 'omit' }): string {
  const notes = unitNotes(article);
  const coder = exportCoder(article);
  const copySource = options.untranslated === 'source';
  return [
    XML_DECLARATION,
    `<xliff xmlns="${XLIFF_12_NAMESPACE}" version="1.2">`,
    `  <file original="${attr(article.slug)}" source-language="${SOURCE_LANGUAGE}" target-language="${TARGET_LANGUAGE}" datatype="x-markdown">`,
    '    <body>',
    ...orderedSegments(article).map((segment) => formatTransUnit(segment, notes, coder, copySource)),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

function formatUnit(segment: ArticleExportSegment, notes: UnitNotes, coder: Coder): string {
  assertXliffId(segment.id, 'segment id');
  if (!segment.translatable) {
    return [
      `    <unit id="${attr(segment.id)}" translate="no" xml:space="preserve">`,
      '      <segment>',
      `        <source>${text20(editableSource(segment))}</source>`,
      '      </segment>',
      '    </unit>',
    ].join('\n');
  }
  const { source, target, status } = codedUnit(segment, coder);
  const { state, subState } = XLIFF_20_STATES[status];
  const version = segment.translation?.version;
  const noteLines = notes(segment).map(({ category, text }) => `        <note category="${category}">${text20(text)}</note>`);
  const data = originalData20(source.codes);
  return [
    `    <unit id="${attr(segment.id)}"${version === undefined ? '' : ` duet:version="${version}"`} xml:space="preserve">`,
    ...(noteLines.length === 0 ? [] : ['      <notes>', ...noteLines, '      </notes>']),
    ...(data.length === 0 ? [] : ['      <originalData>', ...data.map((line) => `        ${line}`), '      </originalData>']),
    `      <segment state="${state}"${subState ? ` subState="${subState}"` : ''}>`,
    `        <source>${inline20(source)}</source>`,
    ...(target === null ? [] : [`        <target>${inline20(target)}</target>`]),
    '      </segment>',
    '    </unit>',
  ].join('\n');
}

function formatTransUnit(segment: ArticleExportSegment, notes: UnitNotes, coder: Coder, copySource: boolean): string {
  assertXliffId(segment.id, 'segment id');
  if (!segment.translatable) {
    return [
      `      <trans-unit id="${attr(segment.id)}" translate="no" xml:space="preserve">`,
      `        <source>${escapeXmlText(editableSource(segment))}</source>`,
      '      </trans-unit>',
    ].join('\n');
  }
  const { source, target, status } = codedUnit(segment, coder);
  const { state, qualifier } = XLIFF_12_STATES[status];
  const version = segment.translation?.version;
  const unitAttributes = [
    `id="${attr(segment.id)}"`,
    ...(status === 'approved' ? ['approved="yes"'] : []),
    ...(version === undefined ? [] : [`extradata="${VERSION_12_PREFIX}${version}"`]),
    'xml:space="preserve"',
  ].join(' ');
  const targetAttributes = `${state ? ` state="${state}"` : ''}${qualifier ? ` state-qualifier="${qualifier}"` : ''}`;
  const targetLine =
    target !== null
      ? `        <target${targetAttributes}>${inline12(target)}</target>`
      : copySource
        ? `        <target state="${SOURCE_COPY_STATE_12}">${inline12(source)}</target>`
        : null;
  return [
    `      <trans-unit ${unitAttributes}>`,
    `        <source>${inline12(source)}</source>`,
    ...(targetLine === null ? [] : [targetLine]),
    ...notes(segment).map(({ text }) => `        <note from="Duet">${escapeXmlText(text)}</note>`),
    '      </trans-unit>',
  ].join('\n');
}

/** The source with its markup as codes, and the translation with the same codes where it has them. */
function codedUnit(segment: ArticleExportSegment, coder: Coder): { source: CodedText; target: CodedText | null; status: TranslationStatus } {
  const source = codeSegment(segment, undefined, coder);
  const text = translatedText(segment);
  if (text === null) return { source, target: null, status: 'untranslated' };
  return { source, target: alignTargetCodes(source, codeSegment(segment, text, coder)), status: segment.translation!.status };
}

/** Codes every text the way an import of the file will (see articleCoder). */
export function exportCoder(article: ArticleExport): Coder {
  return articleCoder(article.segments.map((segment) => ({ ...segment, translation: segment.translation && { text: segment.translation.text } })));
}

export type UnitNotes = (segment: ArticleExportSegment) => Array<{ category: string; text: string }>;

/** Each unit's notes: the segment's status in Duet and the glossary terms its source holds. */
export function unitNotes(article: ArticleExport): UnitNotes {
  const matchTerms = createGlossaryMatcher(article.glossary ?? []);
  return (segment) => {
    const status = segment.translation?.status ?? 'untranslated';
    const terms = [...new Set(matchTerms(editableSource(segment)).flatMap((match) => match.terms.map(describeTerm)))];
    return [
      { category: 'duet:status', text: `Duet status: ${status}` },
      ...(terms.length === 0 ? [] : [{ category: 'duet:glossary', text: `Glossary: ${terms.join('; ')}` }]),
    ];
  };
}

function describeTerm(term: GlossaryEntry): string {
  return term.status === 'forbidden' ? `${term.source} → not ${term.target}` : `${term.source} → ${term.target}`;
}

/** XLIFF 2.0 ids are NMTOKENs; ids from the database always are, and 1.2 gets the same rule. */
function assertXliffId(id: string, what: string) {
  if (!/^[A-Za-z0-9._:-]+$/.test(id)) throw new XliffError(`The ${what} "${id}" cannot be used as an XLIFF id`);
}
