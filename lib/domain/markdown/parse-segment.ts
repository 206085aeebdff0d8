import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { findMarkdownLimitProblem } from './markdown-limits.ts';
import { remarkMathSyntax } from './math-syntax.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMathSyntax).freeze();

export type SegmentRoot = ReturnType<typeof parser.parse>;

/*
 * One segment's Markdown (GFM and math), for the quality checks and for search: any string of up to
 * 50,000 characters, so never refused. micromark takes quadratic time or worse on shapes no real
 * segment has; past these limits a group of constructs is switched off, and its syntax then reads
 * as plain text (both sides of a pair usually cross a limit together, and the text is checked all
 * the same):
 * - emphasis: matching thousands of `*` and `_` delimiters is quadratic;
 * - links, images and footnote calls: every `]` looks back through the paragraph for its `[`;
 * - block quotes, lists and footnote definitions: deep nesting is quadratic and can overflow the stack;
 * - literal autolinks (`https://…`, `www.…`): each `.`, `)`, `_` and the like in a URL looks ahead
 *   for the rest of the URL's trailing punctuation. Bare URLs are still found by the checks' view.
 * A text past the structure limits that imports and rendering enforce (MARKDOWN_LIMITS) is read with
 * all of these off, as the reader shows it: as plain text. The figures behind each limit are in
 * docs/performance.md.
 */
const MAX_EMPHASIS_DELIMITERS = 2_000;
const MAX_BRACKETS = 2_000;
const MAX_CONTAINER_MARKERS = 500;
const MAX_URL_PUNCTUATION = 200;
/** micromark's underlined headings are cubic in their count. */
const MAX_SETEXT_UNDERLINES = 100;

const EMPHASIS = ['attention'];
const LABELS = ['labelStartLink', 'labelStartImage', 'labelEnd', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'];
const CONTAINERS = ['blockQuote', 'list', 'gfmFootnoteDefinition'];
const LITERAL_AUTOLINKS = ['protocolAutolink', 'wwwAutolink', 'emailAutolink'];
const SETEXT = ['setextUnderline'];
const PLAIN_TEXT = [...EMPHASIS, ...LABELS, ...CONTAINERS, ...LITERAL_AUTOLINKS, ...SETEXT];
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/gm;

const EMPHASIS_DELIMITER = /[*_~]/g;
const BRACKET = /[[\]]/g;
const FOOTNOTE_DEFINITION_START = /\[\^[^\]\s]{1,999}\]:/y;
const WORD = /\S+/g;
const URL_START = /https?:\/\/|www\./i;
/** What GFM may trim from the end of a literal URL. */
const URL_TRAIL = /[!"'),*.:;?_~\]&]/g;

/** Parses a segment's Markdown (GFM and math) in bounded time: see the limits above. */
export function parseSegmentMarkdown(text: string): SegmentRoot {
  if (findMarkdownLimitProblem(text)) return parserWithout(PLAIN_TEXT).parse(text);
  const markup = countCostlyMarkup(text);
  return parserWithout([
    ...(markup.emphasisDelimiters > MAX_EMPHASIS_DELIMITERS ? EMPHASIS : []),
    ...(markup.brackets > MAX_BRACKETS ? LABELS : []),
    ...(markup.containerMarkers > MAX_CONTAINER_MARKERS ? CONTAINERS : []),
    ...(hasUrlWithLongTrail(text) ? LITERAL_AUTOLINKS : []),
    ...(markup.setextUnderlines > MAX_SETEXT_UNDERLINES ? SETEXT : []),
  ]).parse(text);
}

const parsersWithout = new Map<string, typeof parser>();

function parserWithout(constructs: string[]): typeof parser {
  if (constructs.length === 0) return parser;
  const key = constructs.join(' ');
  if (!parsersWithout.has(key)) {
    const limited = parser()
      .use(function disableConstructs(this: Processor) {
        const data = this.data();
        data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: constructs } }];
      })
      .freeze();
    parsersWithout.set(key, limited);
  }
  return parsersWithout.get(key)!;
}

function countCostlyMarkup(text: string) {
  return {
    emphasisDelimiters: text.match(EMPHASIS_DELIMITER)?.length ?? 0,
    brackets: text.match(BRACKET)?.length ?? 0,
    containerMarkers: countContainerMarkers(text),
    setextUnderlines: text.match(SETEXT_UNDERLINE)?.length ?? 0,
  };
}

/**
 * Container markers: a `>`, a list marker (`-`, `+`, `*`, `1.`, `1)` before a space or the line's
 * end) or a footnote definition's `[^label]:` among the first things on a line. Every one counts,
 * nested or not: an overestimate that is cheap and safe.
 */
function countContainerMarkers(text: string): number {
  let markers = 0;
  let isLineStart = true;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\n' || character === '\r') isLineStart = true;
    else if (isLineStart && character !== ' ' && character !== '\t') {
      const markerEnd = containerMarkerEnd(text, index);
      if (markerEnd === index) isLineStart = false;
      else {
        markers++;
        index = markerEnd - 1;
      }
    }
  }
  return markers;
}

/** Where the container marker at `index` ends, or `index` when there is none. */
function containerMarkerEnd(text: string, index: number): number {
  if (text[index] === '>') return index + 1;
  FOOTNOTE_DEFINITION_START.lastIndex = index;
  if (FOOTNOTE_DEFINITION_START.test(text)) return FOOTNOTE_DEFINITION_START.lastIndex;
  let end = index;
  while (end - index < 9 && isDigit(text[end])) end++;
  const isMarker = end > index ? text[end] === '.' || text[end] === ')' : '-+*'.includes(text[index]!);
  const after = text[end + 1];
  return isMarker && (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r') ? end + 1 : index;
}

/** Whether a word (a literal URL runs until a space) has a URL and much of the punctuation GFM may trim. */
function hasUrlWithLongTrail(text: string): boolean {
  for (const [word] of text.matchAll(WORD)) {
    if (word.length > MAX_URL_PUNCTUATION && (word.match(URL_TRAIL)?.length ?? 0) > MAX_URL_PUNCTUATION && URL_START.test(word)) return true;
  }
  return false;
}

const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';
