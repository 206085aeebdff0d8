import { XLIFF_12_NAMESPACE, XLIFF_20_NAMESPACE, DUET_NAMESPACE, SOURCE_COPY_STATE_12, VERSION_12_PREFIX } from '../export/export-xliff.ts';
import { childElements, readXmlTree, type XmlElement } from '../export/read-xml-tree.ts';
import { XliffError } from '../export/xliff-error.ts';
import type { TranslationStatus } from '../export/article-export.ts';
import { statusFromXliff } from '../export/xliff-states.ts';
import { joinText, type Piece } from './inline-codes.ts';

/** One unit as a file holds it: text and code references, before any Markdown is made of it. */
export interface ReadUnit {
  /** The Duet segment id it names. */
  id: string;
  translate: boolean;
  /** The translation version the unit was exported from, when the file still carries it. */
  version: number | null;
  source: Piece[];
  target: Piece[] | null;
  /** Each code's Markdown as the file carries it (`id` for a standalone code, `id:open`/`id:close` for a pair). */
  data: Map<string, string>;
  /** The status the file's states stand for (see xliff-states.ts). */
  status: TranslationStatus;
}

/** A unit split into segments is only as far along as its least advanced segment. */
const PROGRESS = { untranslated: 0, rejected: 1, outdated: 1, draft: 1, submitted: 2, approved: 3 } satisfies Record<TranslationStatus, number>;

export interface ReadXliffFile {
  /** The format the file was in: XLIFF, or a PO file read the same way (read-po.ts). */
  version: '1.2' | '2.0' | 'po';
  /** The `original` (1.2) or `id`/`original` (2.0) of each `<file>`: Duet writes the article's slug. */
  originals: string[];
  sourceLanguages: string[];
  targetLanguages: string[];
  units: ReadUnit[];
}

/** XLIFF 1.x elements in either namespace: translate-toolkit's po2xliff writes `ns0:trans-unit` in 1.1's. */
const XLIFF_1_NAMESPACES = new Set([XLIFF_12_NAMESPACE, 'urn:oasis:names:tc:xliff:document:1.1']);

/**
 * Reads an XLIFF 2.x or 1.2 file as other tools write it: any namespace prefixes, a byte order mark,
 * CRLF, `<mrk>` segmentation, a unit split into several segments, targets without a state. A DOCTYPE
 * is refused outright (no entity of any kind is expanded), as is anything not well-formed.
 */
export function readXliff(xml: string): ReadXliffFile {
  const root = readDocument(xml.replace(/^\uFEFF/, ''));
  if (root.name !== 'xliff') throw new XliffError(`The file is not XLIFF: its root element is <${root.name}>`);
  const version = root.attributes.version ?? '(none)';
  if (root.namespace === XLIFF_20_NAMESPACE && (version === '2.0' || version === '2.1')) return read20(root);
  if (XLIFF_1_NAMESPACES.has(root.namespace) && version === '1.2') return read12(root);
  throw new XliffError(`XLIFF version ${version} in namespace "${root.namespace}" is not supported: Duet reads XLIFF 2.0, 2.1 and 1.2`);
}

function readDocument(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml.slice(0, xml.search(/<[A-Za-z_]/) + 1 || undefined))) {
    throw new XliffError('The file has a DOCTYPE: XLIFF needs none, and Duet refuses one so no entity can be expanded');
  }
  try {
    return readXmlTree(xml);
  } catch (error) {
    throw new XliffError(`The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function read20(root: XmlElement): ReadXliffFile {
  const files = children(root, XLIFF_20_NAMESPACE, 'file');
  const units: ReadUnit[] = [];
  const visit = (element: XmlElement, translate: boolean) => {
    for (const child of children(element, XLIFF_20_NAMESPACE)) {
      const childTranslate = translate && child.attributes.translate !== 'no';
      if (child.name === 'unit') units.push(unit20(child, childTranslate));
      else if (child.name === 'group') visit(child, childTranslate);
    }
  };
  for (const file of files) visit(file, file.attributes.translate !== 'no');
  return {
    version: '2.0',
    originals: files.flatMap((file) => [file.attributes.original, file.attributes.id].filter((value): value is string => !!value)),
    sourceLanguages: [root.attributes.srcLang ?? ''],
    targetLanguages: root.attributes.trgLang ? [root.attributes.trgLang] : [],
    units,
  };
}

function unit20(unit: XmlElement, translate: boolean): ReadUnit {
  const id = unitId(unit, 'unit');
  const data = new Map<string, string>();
  for (const item of children(unit, XLIFF_20_NAMESPACE, 'originalData').flatMap((original) => children(original, XLIFF_20_NAMESPACE, 'data'))) {
    data.set(item.attributes.id ?? '', plainText(item, XLIFF_20_NAMESPACE));
  }
  const parts = children(unit, XLIFF_20_NAMESPACE).filter((part) => part.name === 'segment' || part.name === 'ignorable');
  if (parts.length === 0) throw new XliffError(`Unit "${id}" has no <segment>`);
  const read = parts.map((part) => {
    const source = children(part, XLIFF_20_NAMESPACE, 'source')[0];
    if (!source) throw new XliffError(`A segment of unit "${id}" has no <source>`);
    const target = children(part, XLIFF_20_NAMESPACE, 'target')[0];
    const sourcePieces = pieces20(source, id);
    // An ignorable without a target (whitespace between segments) reads the same in both languages.
    const targetPieces = target ? pieces20(target, id) : part.name === 'ignorable' ? sourcePieces : null;
    return { part, source: sourcePieces, target: targetPieces };
  });
  const segments = read.filter(({ part }) => part.name === 'segment');
  const hasTarget = segments.some((segment) => segment.target !== null);
  const codeData = new Map<string, string>();
  for (const element of descendants(unit, XLIFF_20_NAMESPACE)) {
    const codeId = element.attributes.id ?? '';
    if (element.name === 'ph' && element.attributes.dataRef) codeData.set(codeId, data.get(element.attributes.dataRef) ?? '');
    if ((element.name === 'pc' || element.name === 'sc') && element.attributes.dataRefStart) codeData.set(`${codeId}:open`, data.get(element.attributes.dataRefStart) ?? '');
    if (element.name === 'pc' && element.attributes.dataRefEnd) codeData.set(`${codeId}:close`, data.get(element.attributes.dataRefEnd) ?? '');
    if (element.name === 'ec' && element.attributes.dataRef) codeData.set(`${element.attributes.startRef ?? codeId}:close`, data.get(element.attributes.dataRef) ?? '');
  }
  const version = unit.attributes[`{${DUET_NAMESPACE}}version`] ?? null;
  const status = segments
    .map(({ part }) => statusFromXliff({ hasTarget, state: part.attributes.state ?? null, duetState: part.attributes.subState ?? null }))
    .sort((a, b) => PROGRESS[a] - PROGRESS[b])[0];
  return {
    id,
    translate,
    version: readVersion(version, id),
    source: joinText(read.flatMap((part) => part.source)),
    target: hasTarget ? joinText(read.flatMap((part) => part.target ?? [])) : null,
    data: codeData,
    status: status ?? 'untranslated',
  };
}

function pieces20(element: XmlElement, unitId: string): Piece[] {
  return element.children.flatMap((child): Piece[] => {
    if (typeof child === 'string') return [child];
    if (child.namespace !== XLIFF_20_NAMESPACE) return pieces20(child, unitId);
    switch (child.name) {
      case 'cp':
        return [codePoint(child, unitId)];
      case 'ph':
        return [{ ph: codeRef(child, 'id', unitId) }];
      case 'pc': {
        const id = codeRef(child, 'id', unitId);
        return [{ open: id }, ...pieces20(child, unitId), { close: id }];
      }
      case 'sc':
        return [{ open: codeRef(child, 'id', unitId) }];
      case 'ec':
        return [{ close: child.attributes.startRef ?? codeRef(child, 'id', unitId) }];
      case 'mrk':
        return pieces20(child, unitId);
      case 'sm':
      case 'em':
        return [];
      default:
        throw new XliffError(`Unit "${unitId}" contains inline markup <${child.name}> that cannot be turned back into Markdown`);
    }
  });
}

function read12(root: XmlElement): ReadXliffFile {
  const files = children1(root, 'file');
  const units: ReadUnit[] = [];
  const visit = (element: XmlElement, translate: boolean) => {
    for (const child of children1(element)) {
      const childTranslate = translate && child.attributes.translate !== 'no';
      if (child.name === 'trans-unit') {
        if (child.attributes.restype !== 'x-gettext-domain-header') units.push(unit12(child, childTranslate));
      } else if (child.name === 'body' || child.name === 'group') visit(child, childTranslate);
    }
  };
  for (const file of files) visit(file, file.attributes.translate !== 'no');
  return {
    version: '1.2',
    originals: files.map((file) => file.attributes.original ?? '').filter(Boolean),
    sourceLanguages: files.map((file) => file.attributes['source-language'] ?? ''),
    targetLanguages: files.map((file) => file.attributes['target-language']).filter((language): language is string => !!language),
    units,
  };
}

function unit12(unit: XmlElement, translate: boolean): ReadUnit {
  const id = duetIdOf12(unit);
  const source = children1(unit, 'source')[0];
  if (!source) throw new XliffError(`Unit "${id}" has no <source>`);
  const sourcePieces = joinText(pieces12(source, id));
  const target = targetUnlessSourceCopy(children1(unit, 'target')[0], sourcePieces, id);
  const data = new Map<string, string>();
  for (const element of descendants(unit)) {
    if (!XLIFF_1_NAMESPACES.has(element.namespace)) continue;
    const codeId = element.attributes.id ?? '';
    if (element.name === 'ph' || element.name === 'x' || element.name === 'it') data.set(codeId, plainText(element));
    if (element.name === 'bpt') data.set(`${element.attributes.rid ?? codeId}:open`, plainText(element));
    if (element.name === 'ept') data.set(`${element.attributes.rid ?? codeId}:close`, plainText(element));
  }
  const extradata = unit.attributes.extradata ?? '';
  return {
    id,
    translate,
    version: readVersion(extradata.startsWith(VERSION_12_PREFIX) ? extradata.slice(VERSION_12_PREFIX.length) : null, id),
    source: sourcePieces,
    target: target ? joinText(pieces12(target, id)) : null,
    data,
    status: statusFromXliff({
      hasTarget: target !== undefined,
      state: target?.attributes.state ?? null,
      duetState: target?.attributes['state-qualifier'] ?? null,
      approved: unit.attributes.approved === 'yes',
    }),
  };
}

/**
 * A target still marked `needs-translation` that only repeats the source is the copy Duet exports
 * for OmegaT (`untranslated=source`), left untranslated there: no target. OmegaT keeps the state
 * as it found it, so a unit it did translate has the same state but a different text.
 */
function targetUnlessSourceCopy(target: XmlElement | undefined, source: Piece[], id: string): XmlElement | undefined {
  if (target?.attributes.state !== SOURCE_COPY_STATE_12) return target;
  return JSON.stringify(joinText(pieces12(target, id))) === JSON.stringify(source) ? undefined : target;
}

/**
 * The segment a 1.2 unit names: its id, or, in a unit translate-toolkit's po2xliff added from a PO
 * file, the PO entry's location, which is the id of the unit xliff2po read.
 */
function duetIdOf12(unit: XmlElement): string {
  const poReference = children1(unit, 'context-group')
    .filter((group) => group.attributes.name === 'po-reference')
    .flatMap((group) => children1(group, 'context'))
    .find((context) => context.attributes['context-type'] === 'sourcefile');
  return poReference ? plainText(poReference).trim() : unitId(unit, 'trans-unit');
}

function pieces12(element: XmlElement, unitId: string): Piece[] {
  return element.children.flatMap((child): Piece[] => {
    if (typeof child === 'string') return [child];
    if (!XLIFF_1_NAMESPACES.has(child.namespace)) return pieces12(child, unitId);
    switch (child.name) {
      case 'ph':
      case 'x':
      case 'it':
        return [{ ph: codeRef(child, 'id', unitId) }];
      case 'g': {
        const id = codeRef(child, 'id', unitId);
        return [{ open: id }, ...pieces12(child, unitId), { close: id }];
      }
      case 'bpt':
      case 'bx':
        return [{ open: child.attributes.rid ?? codeRef(child, 'id', unitId) }];
      case 'ept':
      case 'ex':
        return [{ close: child.attributes.rid ?? codeRef(child, 'id', unitId) }];
      case 'mrk':
        return pieces12(child, unitId);
      default:
        throw new XliffError(`Unit "${unitId}" contains inline markup <${child.name}> that cannot be turned back into Markdown`);
    }
  });
}

function children(element: XmlElement, namespace: string, name?: string): XmlElement[] {
  return childElements(element, namespace, name);
}

function children1(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && XLIFF_1_NAMESPACES.has(child.namespace) && (name === undefined || child.name === name),
  );
}

function descendants(element: XmlElement, namespace?: string): XmlElement[] {
  return element.children.flatMap((child) =>
    typeof child === 'string' ? [] : [...(namespace === undefined || child.namespace === namespace ? [child] : []), ...descendants(child, namespace)],
  );
}

function plainText(element: XmlElement, cpNamespace?: string): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : cpNamespace && child.namespace === cpNamespace && child.name === 'cp' ? codePoint(child, '') : plainText(child, cpNamespace)))
    .join('');
}

function unitId(unit: XmlElement, what: string): string {
  const id = unit.attributes.id;
  if (!id) throw new XliffError(`The <${what}> on line ${unit.line} has no id`);
  return id;
}

function codeRef(element: XmlElement, attribute: string, unitId: string): string {
  const id = element.attributes[attribute];
  if (!id) throw new XliffError(`Unit "${unitId}" has an inline <${element.name}> without an id`);
  return id;
}

function readVersion(value: string | null, unitId: string): number | null {
  if (value === null) return null;
  if (!/^\d{1,9}$/.test(value)) throw new XliffError(`Unit "${unitId}" carries an invalid Duet version "${value}"`);
  return Number(value);
}

function codePoint(element: XmlElement, unitId: string): string {
  const hex = element.attributes.hex ?? '';
  const value = Number.parseInt(hex, 16);
  if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || value > 0x10ffff) throw new XliffError(`Unit "${unitId}" has an invalid <cp hex="${hex}">`);
  return String.fromCodePoint(value);
}
