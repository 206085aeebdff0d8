import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { ATOM } from './characters.ts';
import type { Span } from './finding.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/**
 * micromark matches emphasis delimiters in quadratic time, so text with thousands of them (never a
 * real paragraph, but the API takes any string) is parsed without emphasis: it then reads as text.
 */
const MAX_EMPHASIS_DELIMITERS = 2_000;
const parserWithoutEmphasis = parser()
  .use(function disableEmphasis(this: Processor) {
    const data = this.data();
    data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: ['attention'] } }];
  })
  .freeze();

type Root = ReturnType<typeof parser.parse>;
type MarkdownNode = Root | Root['children'][number];
type Parent = Extract<MarkdownNode, { children: unknown }>;

export interface Located {
  value: string;
  span: Span;
}

/**
 * A segment's Markdown as the checks see it. `prose` is the visible text, with every protected piece
 * (code, math, HTML, URLs, images, footnote references) replaced by one ATOM and blocks separated by
 * line breaks; `starts[i]`/`ends[i]` give the source range of prose character `i`, so a check can
 * read prose and report spans and fixes in the source. Prose is the source's raw text (escapes and
 * entities included), so offsets map one to one inside a text run.
 */
export interface MarkdownView {
  text: string;
  /** The text without surrounding whitespace: where a finding about the whole segment points. */
  content: Span;
  prose: string;
  starts: number[];
  ends: number[];
  /** Offsets where an inline node (emphasis, link) ends: insertions go there, outside the markup. */
  closings: Set<number>;
  protectedSpans: Span[];
  links: Located[];
  images: Located[];
  inlineCode: Located[];
  urls: Located[];
  emphasis: { emphasis: number; strong: number; delete: number };
  /** One entry per list item: its depth and whether its list is ordered. */
  listShape: string[];
  footnoteReferences: string[];
  footnoteDefinitions: string[];
}

// Literal URLs the GFM extension does not recognise (it wants a space before them, which Chinese does not have).
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]+|\bwww\.[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CHINESE_IN_URL = /[\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]/;
const FOOTNOTE_IN_TEXT = /\[\^[^\]\s]+\]/g;
const URL_TRAILING_PUNCTUATION = /[.,;:!?*_~]+$/;
/** MathJax's `\(…\)` and `\[…\]`, written `\\(…\\)` in Markdown: plain text to CommonMark, math to readers. */
const LATEX_MATH = /\\\\\((?:(?!\\\\\)).){1,400}?\\\\\)|\\\\\[(?:(?!\\\\\]).){1,400}?\\\\\]/g;
const HTML_LINK = /<a\s[^>]*?\bhref\s*=\s*["']([^"']*)["']/gi;
const HTML_IMAGE = /<img\s[^>]*?\bsrc\s*=\s*["']([^"']*)["']/gi;

const NO_SOURCE = -1;

export function buildMarkdownView(text: string, kind?: SegmentKind): MarkdownView {
  const view = emptyView(text);
  const math = [...text.matchAll(LATEX_MATH)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (kind === 'frontmatter') addFrontMatterValue(view);
  else visit(chooseParser(text).parse(text), view, 0, math);
  maskProtectedText(view, math);
  return view;
}

function emptyView(text: string): MarkdownView {
  const leading = text.length - text.trimStart().length;
  return {
    text,
    content: { start: leading, end: Math.max(leading, text.trimEnd().length) },
    prose: '',
    starts: [],
    ends: [],
    closings: new Set(),
    protectedSpans: [],
    links: [],
    images: [],
    inlineCode: [],
    urls: [],
    emphasis: { emphasis: 0, strong: 0, delete: 0 },
    listShape: [],
    footnoteReferences: [],
    footnoteDefinitions: [],
  };
}

/** A front matter key's value is plain text: `title: "…"` checks only what is between the quotes. */
function addFrontMatterValue(view: MarkdownView) {
  const match = /^(\s*[\w-]+\s*[:=][ \t]*)(["']?)(.*?)\2[ \t]*\r?\n?$/s.exec(view.text);
  if (!match) return;
  const start = match[1]!.length + match[2]!.length;
  addText(view, start, start + match[3]!.length);
}

function visit(node: MarkdownNode, view: MarkdownView, depth: number, math: Span[]) {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const span = { start, end };
  switch (node.type) {
    case 'text':
      addText(view, start, end);
      return;
    case 'inlineCode':
      view.inlineCode.push({ value: node.value, span });
      addAtom(view, span);
      return;
    case 'html':
      for (const match of node.value.matchAll(HTML_LINK)) view.links.push({ value: match[1]!, span });
      for (const match of node.value.matchAll(HTML_IMAGE)) view.images.push({ value: match[1]!, span });
      addAtom(view, span);
      return;
    case 'code':
    case 'math':
    case 'inlineMath':
    case 'yaml':
    case 'imageReference':
      addAtom(view, span);
      return;
    case 'image':
      view.images.push({ value: node.url, span });
      addAtom(view, span);
      return;
    case 'definition':
      view.links.push({ value: node.url, span });
      addAtom(view, span);
      return;
    case 'footnoteReference':
      view.footnoteReferences.push(node.identifier);
      addAtom(view, span);
      return;
    case 'break':
      addSeparator(view);
      return;
    case 'link':
      // An autolink (`<https://…>` or a bare URL) is a URL, not text: it has no `[`.
      if (view.text[start] !== '[') {
        addAutolink(view, span);
        return;
      }
      view.links.push({ value: node.url, span });
      break;
    case 'linkReference':
      view.links.push({ value: `[${node.identifier}]`, span });
      break;
    case 'emphasis':
    case 'strong':
    case 'delete':
      // Underscores and asterisks in LaTeX parse as emphasis, but the reader sees math.
      if (!isInside(math, start, end)) view.emphasis[node.type]++;
      break;
    case 'list':
      for (const item of node.children) {
        view.listShape.push(`${depth}${node.ordered ? '.' : '-'}`);
        visitChildren(item, view, depth + 1, math);
      }
      return;
    case 'footnoteDefinition':
      view.footnoteDefinitions.push(node.identifier);
      break;
    default:
      break;
  }
  if (!('children' in node)) return;
  const isInline = node.type === 'link' || node.type === 'linkReference' || node.type in view.emphasis;
  if (!isInline) addSeparator(view);
  visitChildren(node, view, depth, math);
  if (isInline) view.closings.add(end);
  else addSeparator(view);
}

/**
 * GFM's literal autolinks run until a space, which Chinese text does not have ("见https://a.b/c。
 * 然后"): the URL ends at the first Chinese character or full-width mark, and the rest is text.
 */
function addAutolink(view: MarkdownView, span: Span) {
  const raw = view.text.slice(span.start, span.end);
  const chineseAt = raw.startsWith('<') ? -1 : raw.search(CHINESE_IN_URL);
  const end = chineseAt > 0 ? span.start + chineseAt : span.end;
  const url = view.text.slice(span.start, end).replace(/^<|>$/g, '').replace(/^mailto:/, '');
  view.urls.push({ value: url, span: { start: span.start, end } });
  addAtom(view, { start: span.start, end });
  if (end < span.end) addText(view, end, span.end);
}

function chooseParser(text: string) {
  let delimiters = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if ((character === '*' || character === '_' || character === '~') && ++delimiters > MAX_EMPHASIS_DELIMITERS) return parserWithoutEmphasis;
  }
  return parser;
}

function visitChildren(node: Parent, view: MarkdownView, depth: number, math: Span[]) {
  let cursor = node.position?.start.offset ?? 0;
  const limit = node.position?.end.offset ?? view.text.length;
  for (const child of node.children as MarkdownNode[]) {
    if (!child.position) locateUnpositioned(child, view.text, cursor, limit);
    visit(child, view, depth, math);
    cursor = child.position?.end.offset ?? cursor;
  }
}

/**
 * GFM finds some e-mail addresses and `www.` links after parsing, and the nodes it makes (and the
 * text it splits around them) have no position: they are found again in the source, in order.
 */
function locateUnpositioned(node: MarkdownNode, text: string, cursor: number, limit: number) {
  const raw = node.type === 'text' ? node.value : node.type === 'link' ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
  const at = raw === '' ? -1 : text.indexOf(raw, cursor);
  if (at < 0 || at + raw.length > limit) return;
  node.position = { start: { line: 1, column: 1, offset: at }, end: { line: 1, column: 1, offset: at + raw.length } };
}

function addText(view: MarkdownView, start: number, end: number) {
  view.prose += view.text.slice(start, end);
  for (let offset = start; offset < end; offset++) {
    view.starts.push(offset);
    view.ends.push(offset + 1);
  }
}

function addAtom(view: MarkdownView, span: Span) {
  view.prose += ATOM;
  view.starts.push(span.start);
  view.ends.push(span.end);
  view.protectedSpans.push(span);
}

function addSeparator(view: MarkdownView) {
  if (view.prose === '' || view.prose.endsWith('\n')) return;
  view.prose += '\n';
  view.starts.push(NO_SOURCE);
  view.ends.push(NO_SOURCE - 1);
}

/**
 * Turns LaTeX math, URLs and e-mail addresses left in the text, and footnote references whose
 * definition is in another segment into atoms: one per character,
 * so that offsets stay put.
 */
function maskProtectedText(view: MarkdownView, math: Span[]) {
  const found = [...view.prose.matchAll(BARE_URL)];
  const footnotes = [...view.prose.matchAll(FOOTNOTE_IN_TEXT)];
  if (found.length === 0 && math.length === 0 && footnotes.length === 0) return;
  const characters = view.prose.split('');
  for (let index = 0; index < characters.length; index++) {
    const offset = view.starts[index]!;
    if (offset !== NO_SOURCE && isInside(math, offset, offset + 1)) characters[index] = ATOM;
  }
  view.protectedSpans.push(...math);
  for (const match of found) {
    const length = match[0].replace(URL_TRAILING_PUNCTUATION, '').length;
    const first = match.index;
    const last = first + length - 1;
    if (length === 0 || !areContiguous(view, first, last)) continue;
    characters.fill(ATOM, first, last + 1);
    const span = { start: view.starts[first]!, end: view.ends[last]! };
    view.urls.push({ value: view.text.slice(span.start, span.end), span });
    view.protectedSpans.push(span);
  }
  // A footnote reference is text when its definition is in another segment.
  for (const match of footnotes) {
    view.footnoteReferences.push(match[0].slice(2, -1).toLowerCase());
    characters.fill(ATOM, match.index, match.index + match[0].length);
  }
  view.prose = characters.join('');
}

/** Whether prose characters `first`..`last` are one unbroken run of the source. */
export function areContiguous(view: MarkdownView, first: number, last: number): boolean {
  for (let index = first; index < last; index++) if (view.ends[index] !== view.starts[index + 1]) return false;
  return view.starts[first] !== NO_SOURCE;
}

/** Where to insert text between prose characters `left` and `left + 1`: after any closing markup. */
export function insertionPoint(view: MarkdownView, left: number): number {
  const gapStart = view.ends[left]!;
  for (let offset = view.starts[left + 1]!; offset > gapStart; offset--) if (view.closings.has(offset)) return offset;
  return gapStart;
}

export function proseSpan(view: MarkdownView, first: number, last: number): Span {
  return { start: view.starts[first]!, end: view.ends[last]! };
}

/** Whether `start`..`end` lies inside one of `ranges` (sorted, not overlapping). */
function isInside(ranges: Span[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (range.end <= start) low = middle + 1;
    else if (range.start > start) high = middle - 1;
    else return end <= range.end;
  }
  return false;
}
