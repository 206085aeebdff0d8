/** A piece of the text as `Intl.Segmenter` finds it, `index` counted in the whole text. */
export interface TextPiece {
  index: number;
  segment: string;
  isWordLike?: boolean;
}

/** Characters segmented at a time. */
const WINDOW = 10_000;
/** How far after a break the segmenter may have looked to place it: breaks closer to a window's end are found again in the next. */
const MARGIN = 1_000;

/**
 * `segmenter.segment(text)`, for texts of any length. V8's segmenter slows down super-linearly on long
 * texts (figures in docs/performance.md), and a segment of an
 * imported article or memory file can be megabytes long. So the text is segmented a window at a time,
 * and a window's pieces are kept only up to the last break well before its end, where the next
 * window starts. Real text gives the same pieces as segmenting it whole; a single piece longer than
 * a window (never a word or a sentence) is cut where the window ends.
 */
export function* segmentLongText(segmenter: Intl.Segmenter, text: string): Generator<TextPiece> {
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    let next = start;
    for (const piece of segmenter.segment(text.slice(start, end))) {
      const pieceEnd = start + piece.index + piece.segment.length;
      if (end < text.length && pieceEnd > end - MARGIN && next > start) break;
      yield { index: start + piece.index, segment: piece.segment, isWordLike: piece.isWordLike };
      next = pieceEnd;
    }
    start = next;
  }
}
