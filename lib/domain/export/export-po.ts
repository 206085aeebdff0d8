import PO from 'pofile';
import { codeId, codeSegment, type CodedText, type Coder } from '../xliff/inline-codes.ts';
import { orderedSegments, translatedText, type ArticleExport } from './article-export.ts';
import { exportCoder, unitNotes, VERSION_12_PREFIX } from './export-xliff.ts';

/** The header field that names the article a PO file was exported from, like XLIFF's `original`. */
export const PO_ARTICLE_HEADER = 'X-Duet-Article';

/**
 * A gettext PO file for PO-based tools (Weblate, Pontoon, Poedit): one entry per translatable
 * segment, its `msgctxt` and reference the segment id, `msgid` the English and `msgstr` the
 * translation, each as XLIFF 1.2 shows them to translate-toolkit's xliff2po: block syntax left out
 * (`## `, `- `, a front matter key), inline markup kept as the Markdown it is. Extracted comments
 * carry the unit's notes and the translation's version (`duet-version:N`), which an import needs
 * to tell a conflict; rejected and outdated translations are `fuzzy`. Code blocks and other
 * segments that are not translated have no entry.
 */
export function exportPo(article: ArticleExport): string {
  const po = new PO();
  po.headers = {
    'Project-Id-Version': article.slug,
    Language: 'zh_CN',
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': 'nplurals=1; plural=0;',
    'X-Generator': 'Duet',
    [PO_ARTICLE_HEADER]: article.slug,
  };
  const notes = unitNotes(article);
  const coder = exportCoder(article);
  for (const segment of orderedSegments(article)) {
    if (!segment.translatable) continue;
    const source = codeSegment(segment, undefined, coder);
    const text = translatedText(segment);
    const item = new PO.Item();
    item.msgctxt = segment.id;
    item.references = [segment.id];
    item.msgid = markdownText(source);
    item.msgstr = [text === null ? '' : poTranslation(segment, text, coder)];
    const version = segment.translation?.version;
    // A comment is one line: a line break in a glossary term would start a line of PO syntax.
    const comments = notes(segment).map((note) => note.text.replace(/\s+/g, ' '));
    item.extractedComments = [...comments, ...(version === undefined ? [] : [`${VERSION_12_PREFIX}${version}`])];
    const status = segment.translation?.status;
    if (status === 'rejected' || status === 'outdated') item.flags = { fuzzy: true };
    po.items.push(item);
  }
  return po.toString();
}

/**
 * A translation as its PO entry shows it: its own Markdown, every code as it wrote it (PO needs no
 * code ids to match the source's), without the block syntax. An import compares a msgstr with this
 * to tell an entry nobody changed, whatever the shape of its Markdown.
 */
export function poTranslation(segment: { kind: string; source: string; translatable: boolean }, text: string, coder: Coder): string {
  return markdownText(codeSegment(segment, text, coder));
}

/** Coded text with each code written as its Markdown, without the block syntax around it. */
function markdownText(coded: Pick<CodedText, 'pieces' | 'codes'>): string {
  const codes = new Map(coded.codes.map((code) => [code.id, code]));
  return coded.pieces
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const code = codes.get(codeId(piece))!;
      if ('markdown' in code) return code.markdown;
      return 'open' in piece ? code.open : code.close;
    })
    .join('');
}
