const SPACE = 0x20;
const TAB = 0x09;
const GREATER_THAN = 0x3e;

export interface ContainerPrefix {
  quotes: number;
  /** List items open after the line's markers; `continuedItems` of them were open before it. */
  items: number;
  continuedItems: number;
  /** List items the line's markers or text closed. */
  closedItems: number;
  /** Where the line's content starts, after the markers and indentation. */
  contentStart: number;
  /** Columns of whitespace between the last marker and the content (4 or more makes indented code). */
  indent: number;
  /** Whether it starts a list item, and one that may interrupt a paragraph (a bullet or `1.` with content). */
  opensListItem: boolean;
  interruptsParagraph: boolean;
}

/**
 * Walks the quote markers, list markers and indentation that start the line `text[start, end)`.
 * `openItems` holds the content column of each open list item: a marker or text left of an item's
 * column closes it, so nesting by indentation counts as deeply as nesting on one line. A line that
 * only lazily continues an item closes it here but not in Markdown, which only lowers later counts.
 * Inside code and HTML blocks (`listMarkers` false) list markers are text.
 */
export function scanContainerPrefix(text: string, start: number, end: number, openItems: number[], listMarkers = true): ContainerPrefix {
  let column = 0;
  let columnAfterMarker = 0;
  let quotes = 0;
  let continuedItems = -1;
  let firstItemInterrupts = false;
  let closedItems = 0;
  let index = start;
  let thematicBreak: ThematicBreak | undefined;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === SPACE || code === TAB) {
      column = code === TAB ? column + 4 - (column % 4) : column + 1;
      index++;
      continue;
    }
    if (code === GREATER_THAN) {
      quotes++;
      column++;
      index++;
      columnAfterMarker = column;
      continue;
    }
    const width = listMarkers ? listMarkerWidth(text, index, end) : 0;
    if (width === 0) break;
    thematicBreak ??= findThematicBreak(text, start, end);
    if (thematicBreak.from <= index && index <= thematicBreak.lastStart && code === thematicBreak.marker) break;
    closedItems += closeItemsRightOf(openItems, column);
    if (continuedItems === -1) {
      continuedItems = openItems.length;
      firstItemInterrupts = width === 1 || Number(text.slice(index, index + width - 1)) === 1;
    }
    openItems.push(column + width + 1);
    column += width;
    index += width;
    columnAfterMarker = column;
  }
  if (index < end) closedItems += closeItemsRightOf(openItems, column);
  const opensListItem = continuedItems !== -1;
  return {
    quotes,
    items: openItems.length,
    continuedItems: opensListItem ? continuedItems : openItems.length,
    closedItems,
    contentStart: index,
    indent: column - columnAfterMarker,
    opensListItem,
    interruptsParagraph: opensListItem && firstItemInterrupts && index < end,
  };
}

function closeItemsRightOf(openItems: number[], column: number): number {
  let closed = 0;
  for (; openItems.length > 0 && openItems[openItems.length - 1]! > column; closed++) openItems.pop();
  return closed;
}

/** `-`, `*`, `+`, or up to nine digits and `.` or `)`, followed by a space, a tab or the line end. */
function listMarkerWidth(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  let width = 0;
  if (code === 0x2d || code === 0x2a || code === 0x2b) {
    width = 1;
  } else {
    let digits = 0;
    while (digits < 9 && index + digits < end && isDigit(text.charCodeAt(index + digits))) digits++;
    const delimiter = text.charCodeAt(index + digits);
    if (digits > 0 && index + digits < end && (delimiter === 0x2e || delimiter === 0x29)) width = digits + 1;
  }
  if (width === 0) return 0;
  const after = index + width;
  return after === end || text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB ? width : 0;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Where the rest of a line is a thematic break (`* * *`, `- - -`): from `from` up to `lastStart`. */
interface ThematicBreak {
  marker: number;
  from: number;
  lastStart: number;
}

function findThematicBreak(text: string, start: number, end: number): ThematicBreak {
  let marker = -1;
  let markers = 0;
  let lastStart = -1;
  let from = end;
  for (let index = end - 1; index >= start; index--) {
    const code = text.charCodeAt(index);
    if (code === SPACE || code === TAB) continue;
    if (marker === -1 && (code === 0x2a || code === 0x2d || code === 0x5f)) marker = code;
    if (code !== marker) break;
    if (++markers === 3) lastStart = index;
    from = index;
  }
  return markers >= 3 ? { marker, from, lastStart } : { marker, from: end, lastStart: -1 };
}
