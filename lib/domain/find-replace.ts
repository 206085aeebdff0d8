/*
 * Find and replace across an article's translations, decided without I/O: what a find string
 * matches in each segment's current text (with spans, for highlighting) and what the text becomes.
 * The data-access layer previews with it and applies the result as ordinary saves.
 *
 * Regular expressions are JavaScript's, with the `u` flag (so a Chinese character or an emoji is one
 * character). JavaScript has no regex timeout, so patterns are bounded before they run: at most
 * `maxFindLength` characters, no nested quantifiers (the `(a+)+` shape behind catastrophic
 * backtracking), no back-references; a match may not be empty; and at most `maxMatches` matches
 * are counted over the whole article.
 */

export const maxFindLength = 200;
export const maxReplaceLength = 1000;
export const maxMatches = 10_000;

export type FindOptions = {
  /** The find string is a regular expression; `$1`, `$<name>` and `$&` in the replacement refer to its groups. */
  regex: boolean;
  caseSensitive: boolean;
  /** Only where the match starts and ends at a word boundary (letters, digits, underscore). */
  wholeWord: boolean;
};

export type FindQuery = FindOptions & { find: string; replace: string };

export type FindProblem = { reason: 'empty' | 'too_long' | 'invalid_pattern' | 'unsafe_pattern' | 'empty_match' | 'too_many_matches'; message: string };

/** A half-open range of UTF-16 code units, as `String.prototype.slice` and textareas count. */
export type Span = { start: number; end: number };

export type SegmentText = { segmentId: string; version: number; text: string };

export type SegmentReplacement = {
  segmentId: string;
  /** The version the preview was computed from: applying is bound to it. */
  version: number;
  before: string;
  after: string;
  count: number;
  /** Where the matches are in `before`. */
  spans: Span[];
  /** Where the replacements are in `after`. */
  afterSpans: Span[];
};

export type ReplacementPlan = { ok: true; replacements: SegmentReplacement[]; total: number } | ({ ok: false } & FindProblem);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A quantified group that itself contains a quantifier, e.g. `(a+)+`, `(\w*)*`, `(?:x|y+){2,}`:
 * the shape that makes backtracking exponential. Read on the pattern's text, after escapes are
 * removed, so `\(` and `[+]` do not count.
 */
function hasNestedQuantifier(pattern: string): boolean {
  const plain = pattern.replace(/\\./gu, 'e').replace(/\[(?:[^\]\\]|\\.)*\]/gu, 'c');
  const stack: boolean[] = [];
  for (let index = 0; index < plain.length; index += 1) {
    const char = plain[index];
    if (char === '(') stack.push(false);
    else if (char === ')') {
      const quantifiedInside = stack.pop() ?? false;
      const next = plain[index + 1];
      const quantifiedGroup = next === '*' || next === '+' || next === '{';
      if (quantifiedInside && quantifiedGroup) return true;
      if (stack.length > 0 && (quantifiedInside || quantifiedGroup)) stack[stack.length - 1] = true;
    } else if ((char === '*' || char === '+' || char === '{') && stack.length > 0) stack[stack.length - 1] = true;
  }
  return false;
}

/** The query as a global RegExp, or why it cannot be used. */
export function compileFind(query: Pick<FindQuery, 'find' | 'regex' | 'caseSensitive' | 'wholeWord'>): { ok: true; pattern: RegExp } | ({ ok: false } & FindProblem) {
  const { find } = query;
  if (find.length === 0) return { ok: false, reason: 'empty', message: 'Enter something to find' };
  if (find.length > maxFindLength) return { ok: false, reason: 'too_long', message: `Find at most ${maxFindLength} characters` };
  if (query.regex && hasNestedQuantifier(find)) {
    return { ok: false, reason: 'unsafe_pattern', message: 'A repeated group that itself repeats, like (a+)+, can take minutes to search; write it without the nesting' };
  }
  if (query.regex && /\\[1-9]|\\k</u.test(find)) {
    return { ok: false, reason: 'unsafe_pattern', message: 'Back-references (\\1, \\k<name>) are not supported in find' };
  }
  const body = query.regex ? find : escapeRegExp(find);
  const bounded = query.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body;
  try {
    return { ok: true, pattern: new RegExp(bounded, `gu${query.caseSensitive ? '' : 'i'}`) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return { ok: false, reason: 'invalid_pattern', message: `Not a valid regular expression: ${detail}` };
  }
}

/** `$1`, `$<name>`, `$&` and `$$` as String.prototype.replace reads them, for one match. */
function expandReplacement(replace: string, match: RegExpExecArray): string {
  return replace.replace(/\$(\$|&|\d{1,2}|<([^>]*)>)/gu, (whole, token: string, name: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return match[0];
    if (name !== undefined) return match.groups?.[name] ?? '';
    const index = Number(token);
    return index > 0 && index < match.length ? (match[index] ?? '') : whole;
  });
}

/**
 * Every match of `query` in each text, and each text with them replaced. In literal mode the
 * replacement is inserted as typed (`$1` stays `$1`). Texts without a match, or that the
 * replacement would leave as they are, are left out.
 */
export function planReplacements(texts: readonly SegmentText[], query: FindQuery): ReplacementPlan {
  const compiled = compileFind(query);
  if (!compiled.ok) return compiled;
  if (query.replace.length > maxReplaceLength) return { ok: false, reason: 'too_long', message: `Replace with at most ${maxReplaceLength} characters` };
  const { pattern } = compiled;
  const replacements: SegmentReplacement[] = [];
  let total = 0;
  for (const { segmentId, version, text } of texts) {
    if (text === '') continue;
    pattern.lastIndex = 0;
    const spans: Span[] = [];
    const afterSpans: Span[] = [];
    let after = '';
    let from = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') return { ok: false, reason: 'empty_match', message: 'The pattern matches empty text (like ^, \\b or a*); make it match at least one character' };
      total += 1;
      if (total > maxMatches) return { ok: false, reason: 'too_many_matches', message: `More than ${maxMatches.toLocaleString('en')} matches; narrow the search` };
      const inserted = query.regex ? expandReplacement(query.replace, match) : query.replace;
      after += text.slice(from, match.index);
      afterSpans.push({ start: after.length, end: after.length + inserted.length });
      after += inserted;
      spans.push({ start: match.index, end: match.index + match[0].length });
      from = match.index + match[0].length;
    }
    if (spans.length === 0) continue;
    after += text.slice(from);
    // Replacing a text with itself changes nothing, so it is not offered (nor counted).
    if (after === text) {
      total -= spans.length;
      continue;
    }
    replacements.push({ segmentId, version, before: text, after, count: spans.length, spans, afterSpans });
  }
  return { ok: true, replacements, total };
}

/** A text cut at `spans` into plain and marked pieces, for highlighting. */
export function splitAtSpans(text: string, spans: readonly Span[]): Array<{ text: string; marked: boolean }> {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let from = 0;
  for (const { start, end } of spans) {
    if (start > from) pieces.push({ text: text.slice(from, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    from = end;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), marked: false });
  return pieces;
}
