interface Opener {
  at: number;
  /** Delimiters of the run not yet matched. */
  remaining: number;
  /** How deeply the emphasis already closed inside it nests. */
  inner: number;
}

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * How deeply the emphasis of one paragraph nests, following CommonMark's delimiter runs closely
 * enough to bound it: whether a run of `*` or `_` can open or close depends on what stands around it,
 * a closer matches the nearest opener of its own character and drops the openers between, and the
 * emphasis it makes encloses all that was closed after that opener. Code spans are not told apart
 * and the rule of three is left out, which can only find more nesting than there is.
 */
export class EmphasisNesting {
  private readonly openers: Record<number, Opener[]> = { [STAR]: [], [UNDERSCORE]: [] };

  /** Adds the run `text[start, end)` of a line whose content spans `[lineStart, lineEnd)`; returns the depth of what it closes. */
  addRun(text: string, start: number, end: number, lineStart: number, lineEnd: number): number {
    const marker = text.charCodeAt(start);
    const own = this.openers[marker]!;
    const other = this.openers[marker === STAR ? UNDERSCORE : STAR]!;
    const { canOpen, canClose } = flanking(marker, characterBefore(text, start, lineStart), characterAfter(text, end, lineEnd));
    let remaining = end - start;
    let depth = 0;
    while (canClose && remaining > 0 && own.length > 0) {
      const opener = own[own.length - 1]!;
      const used = Math.min(opener.remaining, remaining);
      depth = Math.max(depth, opener.inner) + Math.ceil(used / 2);
      opener.remaining -= used;
      remaining -= used;
      while (other.length > 0 && other[other.length - 1]!.at > opener.at) other.pop();
      if (opener.remaining === 0) own.pop();
    }
    for (const enclosing of [own[own.length - 1], other[other.length - 1]]) {
      if (enclosing) enclosing.inner = Math.max(enclosing.inner, depth);
    }
    if (canOpen && remaining > 0) own.push({ at: start, remaining, inner: 0 });
    return depth;
  }
}

/** CommonMark's left- and right-flanking rules; the start and end of a line count as whitespace. */
function flanking(marker: number, before: string, after: string) {
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const punctuationBefore = PUNCTUATION.test(before);
  const punctuationAfter = PUNCTUATION.test(after);
  const left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
  const right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
  if (marker === STAR) return { canOpen: left, canClose: right };
  return { canOpen: left && (!right || punctuationBefore), canClose: right && (!left || punctuationAfter) };
}

function characterBefore(text: string, index: number, lineStart: number): string {
  if (index <= lineStart) return '\n';
  const code = text.charCodeAt(index - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && index - 2 >= lineStart ? text.slice(index - 2, index) : text[index - 1]!;
}

function characterAfter(text: string, index: number, lineEnd: number): string {
  if (index >= lineEnd) return '\n';
  return String.fromCodePoint(text.codePointAt(index)!);
}
