/*
 * Glossary terms are never matched inside inline code, a link or image destination, an HTML tag or
 * autolink, a bare URL or an e-mail address: those are carried over unchanged, not translated. A
 * single regex of alternatives found them, but it rescanned the rest of the text from every `](`, `<`
 * or backtick that is never closed and from every letter of a word: on 1 MB of one word it did not
 * finish.
 */

/** A bare URL, or an e-mail address starting where its run of characters starts. */
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/uy;
/** Where one of the literal pieces may start. */
const LITERAL_START = /[`\]<]|\b(?:https?:\/\/|www\.)|(?<![\w.+-])[\w.+-]+@/gu;
const BACKTICKS = /`+/g;

export interface Span {
  start: number;
  end: number;
}

/**
 * The literal pieces of `source`, in order and without overlaps, each starting where the previous one
 * ended: a code span (a run of backticks up to the next run of the same length, as in CommonMark),
 * `](` up to the next `)`, `<` up to the next `>` on its line, a bare URL, or an e-mail address.
 * Each search for a closing character goes on from where the last one stopped, as a later opener
 * can only be closed at or after the same place: the text is read a bounded number of times.
 */
export function findLiteralText(source: string): Span[] {
  const literal: Span[] = [];
  const nextClosingParenthesis = searchForward(source, /\)/g);
  const nextTagEnd = searchForward(source, /[>\n]/g);
  const nextBackticks = backtickRunsByLength(source);
  for (let position = 0; position < source.length; ) {
    LITERAL_START.lastIndex = position;
    const start = LITERAL_START.exec(source)?.index;
    if (start === undefined) break;
    const end = literalEnd(source, start, { nextClosingParenthesis, nextTagEnd, nextBackticks });
    if (end === undefined) {
      // A run of backticks that is never closed is text, all of it, as in CommonMark.
      position = source[start] === '`' ? runEnd(source, start) : start + 1;
      continue;
    }
    literal.push({ start, end });
    position = end;
  }
  return literal;
}

interface Closers {
  nextClosingParenthesis: (from: number) => number;
  nextTagEnd: (from: number) => number;
  nextBackticks: (length: number, from: number) => number;
}

/** Where the literal piece that starts at `start` ends, or undefined when it is not closed. */
function literalEnd(source: string, start: number, closers: Closers): number | undefined {
  switch (source[start]) {
    case '`': {
      const length = runEnd(source, start) - start;
      const closing = closers.nextBackticks(length, start + length);
      return closing < 0 ? undefined : closing + length;
    }
    case ']': {
      const closing = source[start + 1] === '(' ? closers.nextClosingParenthesis(start + 2) : -1;
      return closing < 0 ? undefined : closing + 1;
    }
    case '<': {
      const closing = closers.nextTagEnd(start + 1);
      return closing > start + 1 && source[closing] === '>' ? closing + 1 : undefined;
    }
    default: {
      URL_OR_EMAIL.lastIndex = start;
      const match = URL_OR_EMAIL.exec(source);
      return match ? start + match[0].length : undefined;
    }
  }
}

/** Where the run of backticks at `start` ends. */
function runEnd(source: string, start: number): number {
  let end = start;
  while (source[end] === '`') end++;
  return end;
}

/**
 * `nextBackticks(length, from)`: where the first run of exactly `length` backticks at or after `from`
 * starts, or -1. `from` never decreases between calls, so each length's runs are passed once.
 */
function backtickRunsByLength(source: string): (length: number, from: number) => number {
  const runs = new Map<number, { starts: number[]; next: number }>();
  for (const run of source.matchAll(BACKTICKS)) {
    const entry = runs.get(run[0].length) ?? { starts: [], next: 0 };
    entry.starts.push(run.index);
    runs.set(run[0].length, entry);
  }
  return (length, from) => {
    const entry = runs.get(length);
    if (!entry) return -1;
    while (entry.next < entry.starts.length && entry.starts[entry.next]! < from) entry.next++;
    return entry.starts[entry.next] ?? -1;
  };
}

/**
 * `search(from)`: where `pattern` (global) first matches at or after `from`, or -1. `from` never
 * decreases between calls, so an answer at or after it is still right and the text is read once.
 */
function searchForward(source: string, pattern: RegExp): (from: number) => number {
  let found: number | undefined;
  return (from) => {
    if (found === undefined || (found >= 0 && found < from)) {
      pattern.lastIndex = from;
      found = pattern.exec(source)?.index ?? -1;
    }
    return found;
  };
}

/** Whether `start`..`end` overlaps one of `spans` (sorted, not overlapping): a binary search. */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < spans.length && spans[low]!.start < end;
}
