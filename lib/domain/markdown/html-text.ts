/** A stretch of an HTML fragment: text a reader sees, or markup (tags, comments, hidden content). */
export interface HtmlRun {
  start: number;
  end: number;
  isText: boolean;
}

/**
 * Elements whose content is not prose to translate: script and styles, code, embedded media and
 * their fallback text (which browsers that play the media never show), vector graphics and formulas.
 */
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'video', 'audio', 'svg', 'math', 'pre', 'code']);

const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const closingTags = new Map<string, RegExp>();

/**
 * Splits an HTML fragment into text and markup, reading it as a browser would (an unclosed tag or
 * comment swallows the rest) in one pass: a regex such as /<[^>]*>/ retried from every `<` of a
 * long unclosed run is quadratic. Attribute values may hold `>`; entities stay in the text.
 */
export function splitHtmlText(html: string): HtmlRun[] {
  const runs: HtmlRun[] = [];
  let textStart = 0;
  for (let open = html.indexOf('<'); open !== -1; ) {
    const end = markupEnd(html, open);
    if (end === -1) {
      open = html.indexOf('<', open + 1);
      continue;
    }
    if (open > textStart) runs.push({ start: textStart, end: open, isText: true });
    runs.push({ start: open, end, isText: false });
    textStart = end;
    open = html.indexOf('<', end);
  }
  if (textStart < html.length) runs.push({ start: textStart, end: html.length, isText: true });
  return runs;
}

const ENTITY = /&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
/** A letter of any script (Latin, CJK, …): digits, punctuation, emoji and spaces alone are not prose. */
const LETTER = /\p{L}/u;

/**
 * Whether an HTML block carries prose: text outside its tags, comments and hidden content that has a
 * letter in it. `<p><em>A caption</em></p>` does; `<img src="…" alt="…">`, `<br>` and `<video>` do not.
 */
export function hasHtmlProse(html: string): boolean {
  return splitHtmlText(html).some((run) => run.isText && LETTER.test(html.slice(run.start, run.end).replace(ENTITY, ' ')));
}

/** Where the markup that starts with the `<` at `open` ends, or -1 when that `<` is text. */
function markupEnd(html: string, open: number): number {
  const next = html[open + 1];
  if (html.startsWith('<!--', open)) return endAfter(html, '-->', open + 4);
  if (next === '!' || next === '?') return endAfter(html, '>', open + 2);
  if (next === '/') return isLetter(html[open + 2]) ? endAfter(html, '>', open + 2) : -1;
  if (!isLetter(next)) return -1;
  TAG_NAME.lastIndex = open + 1;
  const name = TAG_NAME.exec(html)![0].toLowerCase();
  const tagEnd = startTagEnd(html, open + 1 + name.length);
  if (!HIDDEN_CONTENT.has(name) || html[tagEnd - 2] === '/') return tagEnd;
  return closingTagEnd(html, name, tagEnd);
}

/** The end of a start tag: its `>`, skipping quoted attribute values. */
function startTagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let index = from; index < html.length; index++) {
    const character = html[index]!;
    if (character === '>') return index + 1;
    if ((character === '"' || character === "'") && afterEquals) {
      const close = html.indexOf(character, index + 1);
      if (close === -1) return html.length;
      index = close;
      afterEquals = false;
    } else if (character === '=') afterEquals = true;
    else if (!/\s/.test(character)) afterEquals = false;
  }
  return html.length;
}

function closingTagEnd(html: string, name: string, from: number): number {
  let closing = closingTags.get(name);
  if (!closing) closingTags.set(name, (closing = new RegExp(`</${name}(?=[\\s/>])`, 'gi')));
  closing.lastIndex = from;
  const found = closing.exec(html);
  return found ? endAfter(html, '>', found.index) : html.length;
}

function endAfter(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z'));
}
