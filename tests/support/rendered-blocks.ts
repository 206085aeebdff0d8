/**
 * Compares rendered documents block by block: the HTML of a whole document against the HTML of its
 * pieces, where each list item comes in a copy of its list (numbered by `start`) and each footnote in
 * a footnotes section of its own. Reads only what rehype-stringify writes: every tag closed or void,
 * no `<` or `>` in text or attribute values.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The top-level elements of an HTML fragment, as written; the text between them is dropped. */
export function topLevelElements(html: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, name, selfClosing] = match;
    if (closing) depth--;
    else if (depth++ === 0) start = match.index;
    if (!closing && (selfClosing || VOID.has(name!.toLowerCase()))) depth--;
    if (depth === 0) elements.push(html.slice(start, match.index + tag.length));
  }
  return elements;
}

/** A block as a reader sees it: an element, or a list item with the list it is in and its number. */
export interface LeafBlock {
  html: string;
  /** The opening tag of the list, without its `start`. */
  list?: string;
  number?: number;
  footnote?: boolean;
}

export function leafBlocks(html: string): LeafBlock[] {
  return topLevelElements(html).flatMap((element): LeafBlock[] => {
    if (element.startsWith('<section data-footnotes')) {
      return topLevelElements(inner(element))
        .filter((child) => child.startsWith('<ol'))
        .flatMap((list) => listItems(list).map((item) => ({ ...item, footnote: true })));
    }
    return /^<(?:ol|ul)[\s>]/.test(element) ? listItems(element) : [{ html: element }];
  });
}

function listItems(list: string): LeafBlock[] {
  const open = /^<[^>]*>/.exec(list)![0];
  const start = Number(/ start="(-?\d+)"/.exec(open)?.[1] ?? 1);
  const isOrdered = open.startsWith('<ol');
  return topLevelElements(inner(list)).map((item, index) => ({
    html: item,
    list: open.replace(/ start="-?\d+"/, ''),
    ...(isOrdered && { number: start + index }),
  }));
}

function inner(element: string): string {
  return element.slice(element.indexOf('>') + 1, element.lastIndexOf('<'));
}

/**
 * The blocks of a whole document's HTML, and those of its pieces' HTML in order, footnotes (which the
 * whole document gathers at its end) ordered by number in both: equal when the pieces render as the
 * whole does.
 */
export function comparableBlocks(whole: string, pieces: readonly string[]) {
  const byNumber = (blocks: LeafBlock[]) => blocks.filter((block) => block.footnote).sort((a, b) => a.number! - b.number!);
  const wholeBlocks = leafBlocks(whole);
  const pieceBlocks = pieces.flatMap(leafBlocks);
  return {
    whole: [...wholeBlocks.filter((block) => !block.footnote), ...byNumber(wholeBlocks)],
    pieces: [...pieceBlocks.filter((block) => !block.footnote), ...byNumber(pieceBlocks)],
  };
}
