/** Text for the block parser, and the way back from its offsets to the original's. */
export interface CollapsedText {
  text: string;
  originalOffset(offset: number): number;
}

/**
 * Shortens every run of three or more blank lines to its first and last line. How many blank lines
 * stand between two lines never changes the blocks (CommonMark only tells one blank line after an
 * empty list item marker from more than one), but micromark works on each, so a file of little but
 * newlines would be slow to segment. Only lines of spaces and tabs are blank, as in CommonMark.
 */
export function collapseBlankLines(markdown: string): CollapsedText {
  const pieces: string[] = [];
  // A cut at `at` in the collapsed text, after which offsets lie `removed` further on in the original.
  const cuts: Array<{ at: number; removed: number }> = [];
  let copiedUntil = 0;
  let removed = 0;
  let runLines = 0;
  let firstBlankEnd = 0;
  let lastBlankStart = 0;
  let lineStart = 0;
  let lineIsBlank = true;

  const endRun = () => {
    if (runLines >= 3) {
      pieces.push(markdown.slice(copiedUntil, firstBlankEnd));
      const at = firstBlankEnd - removed;
      removed += lastBlankStart - firstBlankEnd;
      cuts.push({ at, removed });
      copiedUntil = lastBlankStart;
    }
    runLines = 0;
  };

  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (code === 10 || code === 13) {
      const lineEnd = code === 13 && markdown.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
      if (lineIsBlank) {
        if (runLines === 0) firstBlankEnd = lineEnd;
        lastBlankStart = lineStart;
        runLines++;
      }
      index = lineEnd - 1;
      lineStart = lineEnd;
      lineIsBlank = true;
    } else if (lineIsBlank && code !== 32 && code !== 9) {
      lineIsBlank = false;
      endRun();
    }
  }
  endRun();
  if (cuts.length === 0) return { text: markdown, originalOffset: (offset) => offset };
  pieces.push(markdown.slice(copiedUntil));
  return { text: pieces.join(''), originalOffset: (offset) => offset + removedBefore(cuts, offset) };
}

/** What was removed before `offset` of the collapsed text: the last cut at or before it tells. */
function removedBefore(cuts: ReadonlyArray<{ at: number; removed: number }>, offset: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cuts[middle]!.at <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : cuts[low - 1]!.removed;
}

/** The text up to the end of its last line that is not blank. */
export function withoutTrailingBlankLines(markdown: string): string {
  let contentEnd = markdown.length;
  while (contentEnd > 0 && ' \t\r\n'.includes(markdown[contentEnd - 1]!)) contentEnd--;
  const lineEnd = /\r\n?|\n/.exec(markdown.slice(contentEnd));
  return lineEnd ? markdown.slice(0, contentEnd + lineEnd.index + lineEnd[0].length) : markdown;
}
