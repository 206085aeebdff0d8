import { escapeXmlAttribute as attr, escapeXmlText as text, XML_DECLARATION } from '../export/xml-text.ts';
import { readXmlTree, type XmlElement } from '../export/read-xml-tree.ts';
import { isEnglishTag, isSimplifiedChineseTag } from '../language-tags.ts';
import { GlossaryFileError, validateGlossaryRows, type InvalidGlossaryRow, type ParsedGlossaryFile, type RawGlossaryRow } from './glossary-file.ts';
import type { GlossaryStatus, GlossaryTermFields } from './glossary-term.ts';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/** TBX-Basic's administrative statuses; Duet's "forbidden" is TBX's deprecated term. */
const STATUS_TO_TBX = { preferred: 'preferredTerm-admn-sts', forbidden: 'deprecatedTerm-admn-sts' } as const satisfies Record<GlossaryStatus, string>;

/**
 * Writes the glossary as TBX v3 (ISO 30042:2019) in the TBX-Basic dialect: one conceptEntry per term,
 * an English langSec with the term and its part of speech, and a zh-CN langSec with the rendering,
 * its administrative status and the notes.
 */
export function writeGlossaryTbx(terms: readonly GlossaryTermFields[]): string {
  const entries = terms.flatMap((term, index) => [
    `      <conceptEntry id="c${index + 1}">`,
    '        <langSec xml:lang="en">',
    '          <termSec>',
    `            <term>${text(term.source)}</term>`,
    ...(term.partOfSpeech ? [`            <termNote type="partOfSpeech">${text(term.partOfSpeech)}</termNote>`] : []),
    '          </termSec>',
    '        </langSec>',
    '        <langSec xml:lang="zh-CN">',
    '          <termSec>',
    `            <term>${text(term.target)}</term>`,
    `            <termNote type="administrativeStatus">${STATUS_TO_TBX[term.status]}</termNote>`,
    ...(term.notes ? [`            <note>${text(term.notes)}</note>`] : []),
    '          </termSec>',
    '        </langSec>',
    '      </conceptEntry>',
  ]);
  return [
    XML_DECLARATION,
    `<tbx xmlns="${attr(TBX_NAMESPACE)}" type="TBX-Basic" style="dca" xml:lang="en">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Glossary exported from Duet</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entries,
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

interface TermSection {
  term: string;
  partOfSpeech: string | undefined;
  status: string | undefined;
  notes: string[];
}

/**
 * Reads TBX v3 (tbx/conceptEntry/langSec/termSec) and TBX v2 / TBX-Basic 2008 (martif/termEntry/
 * langSet/tig or ntig), by element name whatever the namespace. Every English term of an entry is
 * paired with every Simplified Chinese one; other languages are ignored. An entry without both is an
 * invalid row.
 */
export function readGlossaryTbx(xml: string): ParsedGlossaryFile {
  const root = readTree(xml);
  if (root.name !== 'tbx' && root.name !== 'martif') throw new GlossaryFileError(`The file is not TBX: its root element is <${root.name}>`);
  const invalid: InvalidGlossaryRow[] = [];
  const raw: RawGlossaryRow[] = [];
  for (const entry of descendants(root, ['conceptEntry', 'termEntry'])) {
    const languages = children(entry, ['langSec', 'langSet']);
    const sections = (isLanguage: (tag: string | undefined) => boolean) =>
      languages.filter((language) => isLanguage(language.attributes['xml:lang'])).flatMap(termSections);
    const english = sections(isEnglishTag);
    const chinese = sections(isSimplifiedChineseTag);
    if (english.length === 0 || chinese.length === 0) {
      invalid.push({ line: entry.line, message: `the entry has no ${english.length === 0 ? 'English (en)' : 'Simplified Chinese (zh-CN)'} term` });
      continue;
    }
    const entryNotes = children(entry, ['note']).map(textOf);
    for (const source of english) {
      for (const target of chinese) {
        const status = readStatus(target.status ?? source.status);
        if (status === null) {
          invalid.push({ line: entry.line, message: `unknown administrative status "${target.status ?? source.status}"` });
          continue;
        }
        const notes = [...target.notes, ...(target.notes.length ? [] : entryNotes)];
        raw.push({
          line: entry.line,
          fields: { source: source.term, target: target.term, notes: notes.join('\n'), partOfSpeech: source.partOfSpeech ?? target.partOfSpeech, status },
        });
      }
    }
  }
  return validateGlossaryRows(raw, invalid);
}

function readTree(xml: string): XmlElement {
  try {
    return readXmlTree(xml);
  } catch (error) {
    throw new GlossaryFileError(`The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function termSections(language: XmlElement): TermSection[] {
  return children(language, ['termSec', 'tig', 'ntig']).flatMap((section) => {
    const term = descendants(section, ['term'])[0];
    if (!term) return [];
    const noteText = (type: string) => {
      const note = descendants(section, ['termNote']).find((element) => element.attributes.type === type);
      return note && textOf(note);
    };
    return [
      {
        term: textOf(term),
        partOfSpeech: noteText('partOfSpeech'),
        status: noteText('administrativeStatus') ?? noteText('normativeAuthorization'),
        notes: descendants(section, ['note']).map(textOf),
      },
    ];
  });
}

/** TBX-Basic's statuses (…-admn-sts) and TBX v2's normative authorizations (preferredTerm, …). */
function readStatus(value: string | undefined): GlossaryStatus | null {
  if (value === undefined || value.trim() === '') return 'preferred';
  const name = value.trim().replace(/-admn-sts$/, '');
  if (['preferredTerm', 'admittedTerm', 'standardizedTerm', 'legalTerm', 'regulatedTerm'].includes(name)) return 'preferred';
  if (['deprecatedTerm', 'supersededTerm'].includes(name)) return 'forbidden';
  return null;
}

function children(element: XmlElement, names: readonly string[]): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && names.includes(child.name));
}

function descendants(element: XmlElement, names: readonly string[]): XmlElement[] {
  return element.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    return names.includes(child.name) ? [child] : descendants(child, names);
  });
}

function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('').trim();
}
