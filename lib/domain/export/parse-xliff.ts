import type { TranslationStatus } from './article-export.ts';
import { XLIFF_12_NAMESPACE, XLIFF_20_NAMESPACE } from './export-xliff.ts';
import { childElements, readXmlTree, type XmlElement } from './read-xml-tree.ts';
import { XliffError } from './xliff-error.ts';
import { statusFromXliff } from './xliff-states.ts';

/** One translatable unit read back from XLIFF: the segment id, its source, and the translation. */
export interface XliffUnit {
  id: string;
  source: string;
  target: string | null;
  state: TranslationStatus;
}

interface Dialect {
  namespace: string;
  unit: string;
  /** Inline elements whose text is kept; any other inline code cannot become Markdown. */
  transparent: ReadonlySet<string>;
  readUnit(unit: XmlElement, id: string): Omit<XliffUnit, 'id'>;
}

/**
 * Reads XLIFF 2.x or 1.2 into its translatable units, in document order. Units marked
 * `translate="no"` (themselves or through their file or group) are skipped.
 */
export function parseXliff(xml: string): XliffUnit[] {
  const root = readDocument(xml);
  const dialect = chooseDialect(root);
  const units: XliffUnit[] = [];
  const seen = new Set<string>();
  for (const unit of findTranslatableUnits(root, dialect)) {
    const id = unit.attributes.id;
    if (!id) throw new XliffError(`The <${dialect.unit}> on line ${unit.line} has no id`);
    if (seen.has(id)) throw new XliffError(`Two units have the id "${id}"`);
    seen.add(id);
    units.push({ id, ...dialect.readUnit(unit, id) });
  }
  return units;
}

function readDocument(xml: string): XmlElement {
  try {
    return readXmlTree(xml);
  } catch (error) {
    throw new XliffError(`The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function chooseDialect(root: XmlElement): Dialect {
  if (root.name !== 'xliff') throw new XliffError(`The file is not XLIFF: its root element is <${root.name}>`);
  const version = root.attributes.version ?? '(none)';
  if (root.namespace === XLIFF_20_NAMESPACE && (version === '2.0' || version === '2.1')) return XLIFF_20;
  if (root.namespace === XLIFF_12_NAMESPACE && version === '1.2') return XLIFF_12;
  throw new XliffError(
    `XLIFF version ${version} in namespace "${root.namespace}" is not supported: Duet reads XLIFF 2.0, 2.1 and 1.2`,
  );
}

function findTranslatableUnits(element: XmlElement, dialect: Dialect): XmlElement[] {
  return childElements(element, dialect.namespace)
    .filter((child) => child.attributes.translate !== 'no')
    .flatMap((child) => (child.name === dialect.unit ? [child] : findTranslatableUnits(child, dialect)));
}

const XLIFF_20: Dialect = {
  namespace: XLIFF_20_NAMESPACE,
  unit: 'unit',
  transparent: new Set(['mrk', 'pc', 'sm', 'em']),
  readUnit(unit, id) {
    // A tool may have split a unit into several segments; Duet's unit is the whole paragraph again.
    const parts = childElements(unit, XLIFF_20_NAMESPACE).filter((part) => part.name === 'segment' || part.name === 'ignorable');
    if (parts.length === 0) throw new XliffError(`Unit "${id}" has no <segment>`);
    const read = parts.map((part) => {
      const source = childElements(part, XLIFF_20_NAMESPACE, 'source')[0];
      if (!source) throw new XliffError(`A segment of unit "${id}" has no <source>`);
      const target = childElements(part, XLIFF_20_NAMESPACE, 'target')[0];
      const sourceText = inlineText(source, XLIFF_20, id);
      // An ignorable without a target (whitespace between segments) reads the same in both languages.
      const targetText = target ? inlineText(target, XLIFF_20, id) : part.name === 'ignorable' ? sourceText : null;
      return { part, source: sourceText, target: targetText };
    });
    const segments = read.filter(({ part }) => part.name === 'segment');
    const hasTarget = segments.some((segment) => segment.target !== null);
    const state = segments
      .map(({ part }) => statusFromXliff({ hasTarget, state: part.attributes.state ?? null, duetState: part.attributes.subState ?? null }))
      .sort((a, b) => PROGRESS[a] - PROGRESS[b])[0];
    return {
      source: read.map((part) => part.source).join(''),
      target: hasTarget ? read.map((part) => part.target ?? '').join('') : null,
      state: state ?? 'untranslated',
    };
  },
};

const XLIFF_12: Dialect = {
  namespace: XLIFF_12_NAMESPACE,
  unit: 'trans-unit',
  transparent: new Set(['mrk', 'g']),
  readUnit(unit, id) {
    const source = childElements(unit, XLIFF_12_NAMESPACE, 'source')[0];
    if (!source) throw new XliffError(`Unit "${id}" has no <source>`);
    const target = childElements(unit, XLIFF_12_NAMESPACE, 'target')[0];
    return {
      source: inlineText(source, XLIFF_12, id),
      target: target ? inlineText(target, XLIFF_12, id) : null,
      state: statusFromXliff({
        hasTarget: target !== undefined,
        state: target?.attributes.state ?? null,
        duetState: target?.attributes['state-qualifier'] ?? null,
        approved: unit.attributes.approved === 'yes',
      }),
    };
  },
};

/** A unit split into segments is only as far along as its least advanced segment. */
const PROGRESS = { untranslated: 0, rejected: 1, outdated: 1, draft: 1, submitted: 2, approved: 3 } satisfies Record<TranslationStatus, number>;

function inlineText(element: XmlElement, dialect: Dialect, unitId: string): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      if (child.namespace === dialect.namespace && child.name === 'cp' && dialect === XLIFF_20) return codePoint(child, unitId);
      if (child.namespace === dialect.namespace && dialect.transparent.has(child.name)) return inlineText(child, dialect, unitId);
      throw new XliffError(`Unit "${unitId}" contains inline markup <${child.name}> that cannot be turned back into Markdown`);
    })
    .join('');
}

function codePoint(element: XmlElement, unitId: string): string {
  const hex = element.attributes.hex ?? '';
  const value = Number.parseInt(hex, 16);
  if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || value > 0x10ffff) throw new XliffError(`Unit "${unitId}" has an invalid <cp hex="${hex}">`);
  return String.fromCodePoint(value);
}
