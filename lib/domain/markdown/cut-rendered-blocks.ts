import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** How footnote ids are written, so that the links between calls and notes keep working. */
export interface FootnoteIds {
  /** Put before every footnote id, so that two documents on one page never share one. */
  prefix: string;
  /** What the sanitizer puts before every id afterwards (rehype-sanitize's `clobberPrefix`). */
  sanitizedPrefix: string;
}

type Unit = { node: RootContent } | { list: Element; index: number; item: Element };

interface Note {
  number: number;
  item: Element;
}

/**
 * Cuts the hast of a whole document (with the positions of its Markdown) into one tree per piece of
 * it; piece `i` starts at `pieceStarts[i]`, with the whitespace before it. A node goes to the piece
 * it starts in. A top-level list is cut into its items, each in a copy of the list that numbers it as
 * the whole list does (`start`), and a footnote goes to the piece of its definition, in a footnotes
 * section of its own numbered as in the whole document's. Joined again, the pieces give the whole
 * document's HTML, the notes at its end.
 */
export function cutIntoBlocks(tree: Root, pieceStarts: readonly number[], ids: FootnoteIds): Root[] {
  prefixFootnoteIds(tree, ids);
  const units: Unit[][] = pieceStarts.map(() => []);
  const notes: Note[][] = pieceStarts.map(() => []);
  let label: Element | undefined;
  let current = 0;
  const pieceOf = (node: RootContent) => {
    const offset = node.position?.start.offset;
    return offset === undefined ? current : (current = pieceAt(pieceStarts, offset));
  };
  for (const node of tree.children) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (isElement(node, 'section') && node.properties.dataFootnotes) {
      label = node.children.find((child) => child.type === 'element' && child.tagName !== 'ol') as Element | undefined;
      const list = node.children.find((child) => isElement(child, 'ol')) as Element | undefined;
      for (const element of [label, ...items(list)]) if (element) element.properties.id = `${ids.prefix}${String(element.properties.id)}`;
      items(list).forEach((item, index) => notes[pieceOf(item)]!.push({ number: index + 1, item }));
    } else if (isElement(node, 'ul') || isElement(node, 'ol')) {
      items(node).forEach((item, index) => units[pieceOf(item)]!.push({ list: node, index, item }));
    } else {
      units[pieceOf(node)]!.push({ node });
    }
  }
  return units.map((pieceUnits, index) => blockTree(pieceUnits, notes[index]!, label));
}

/** The piece that `offset` falls in: the last one starting at or before it. */
function pieceAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

function blockTree(units: readonly Unit[], notes: readonly Note[], label: Element | undefined): Root {
  const blocks: RootContent[] = [];
  let open: { list: Element; copy: Element } | undefined;
  for (const unit of units) {
    if (!('list' in unit)) {
      open = undefined;
      blocks.push(unit.node);
    } else if (open?.list === unit.list) {
      open.copy.children.push(unit.item, newline());
    } else {
      open = { list: unit.list, copy: listFrom(unit.list, unit.index, [unit.item]) };
      blocks.push(open.copy);
    }
  }
  if (notes.length > 0) blocks.push(footnoteSection(notes, notes[0]!.number === 1 ? label : undefined));
  return { type: 'root', children: blocks.flatMap((block, index) => (index === 0 ? [block] : [newline(), block])) };
}

/** The list element with `items`, numbered from its item at `index`. */
function listFrom(list: Element, index: number, items: Element[]): Element {
  const properties = { ...list.properties };
  if (list.tagName === 'ol') {
    const start = Number(list.properties.start ?? 1) + index;
    if (start === 1) delete properties.start;
    else properties.start = start;
  }
  return { type: 'element', tagName: list.tagName, properties, children: [newline(), ...items.flatMap((item) => [item, newline()])] };
}

/** Notes numbered one after another share one list; GFM's section heading goes with note 1. */
function footnoteSection(notes: readonly Note[], label: Element | undefined): Element {
  const lists: Element[] = [];
  notes.forEach((note, index) => {
    const list = lists[lists.length - 1];
    if (list && notes[index - 1]!.number === note.number - 1) list.children.push(note.item, newline());
    else lists.push(listFrom({ type: 'element', tagName: 'ol', properties: {}, children: [] }, note.number - 1, [note.item]));
  });
  return {
    type: 'element',
    tagName: 'section',
    properties: { dataFootnotes: true, className: ['footnotes'] },
    children: [...(label ? [label, newline()] : []), ...lists.flatMap((list) => [list, newline()])],
  };
}

/**
 * remark-rehype writes footnote ids and the links to them unprefixed (`clobberPrefix: ''`), and the
 * sanitizer then prefixes the ids only: the links get that prefix here, and ids and links the
 * document's own (the notes' ids where they are cut out), so a page holding two documents has each
 * note once.
 */
function prefixFootnoteIds(tree: Root, ids: FootnoteIds) {
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      const properties = node.properties;
      const isCall = properties.dataFootnoteRef !== undefined;
      const isFootnoteLink = isCall || properties.dataFootnoteBackref !== undefined;
      if (isFootnoteLink && typeof properties.href === 'string' && properties.href.startsWith('#')) {
        properties.href = `#${ids.sanitizedPrefix}${ids.prefix}${properties.href.slice(1)}`;
      }
      if (isCall) properties.ariaDescribedBy = [`${ids.prefix}footnote-label`];
      if (isCall && typeof properties.id === 'string') properties.id = `${ids.prefix}${properties.id}`;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function items(list: Element | undefined): Element[] {
  return (list?.children ?? []).filter((child): child is Element => isElement(child, 'li'));
}

function isElement(node: RootContent | ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

function newline(): Text {
  return { type: 'text', value: '\n' };
}
