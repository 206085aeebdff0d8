import PO from 'pofile';
import { PO_ARTICLE_HEADER } from '../export/export-po.ts';
import { VERSION_12_PREFIX } from '../export/export-xliff.ts';
import { XliffError } from '../export/xliff-error.ts';
import { readXliff, type ReadUnit, type ReadXliffFile } from './read-xliff.ts';

/**
 * A translated file as a CAT tool or a PO tool gives it back: XLIFF when it starts with markup,
 * else a gettext PO file. Both go through the same import plan (plan-import.ts).
 */
export function readTranslatedFile(text: string): ReadXliffFile {
  return /^\uFEFF?\s*</.test(text) ? readXliff(text) : readPo(text);
}

/**
 * Reads a PO file Duet exported (export-po.ts) once translated: each entry names its segment by
 * `msgctxt` (or, where a tool dropped it, its reference), its version by the `duet-version:N`
 * comment, and carries the translation as Markdown, read like translate-toolkit's PO round trip
 * (unit-markdown.ts). An empty `msgstr` is no translation; obsolete (`#~`) entries and the header
 * are skipped. A file without a header naming its language is refused whole.
 */
export function readPo(text: string): ReadXliffFile {
  const po = PO.parse(text.replace(/^\uFEFF/, ''));
  const language = po.headers.Language?.trim();
  if (!language) throw new XliffError('The file is neither XLIFF nor a PO file with a Language in its header');
  const article = po.headers[PO_ARTICLE_HEADER]?.trim();
  const units = po.items.filter((item) => !item.obsolete && item.msgid !== '').map(unitOfEntry);
  return { version: 'po', originals: article ? [article] : [], sourceLanguages: ['en'], targetLanguages: [language], units };
}

function unitOfEntry(item: InstanceType<typeof PO.Item>): ReadUnit {
  const id = item.msgctxt?.trim() || item.references[0]?.trim();
  if (!id) throw new XliffError(`The entry "${item.msgid.slice(0, 60)}" names no segment: it has neither a msgctxt nor a reference`);
  const versions = item.extractedComments.flatMap((comment) => (comment.startsWith(VERSION_12_PREFIX) ? [comment.slice(VERSION_12_PREFIX.length).trim()] : []));
  const version = versions[0] ?? null;
  if (version !== null && !/^\d{1,9}$/.test(version)) throw new XliffError(`The entry "${id}" carries an invalid Duet version "${version}"`);
  const target = item.msgid_plural ? '' : (item.msgstr[0] ?? '');
  return {
    id,
    translate: true,
    version: version === null ? null : Number(version),
    source: [item.msgid],
    target: target === '' ? null : [target],
    data: new Map(),
    status: target === '' ? 'untranslated' : 'draft',
  };
}
