import { splitHtmlText } from '@/lib/domain/markdown/html-text.ts';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import { ATOM } from './characters.ts';
import type { Span } from './finding.ts';
import { parseSegmentMarkdown as parseMarkdown, type SegmentRoot as MarkdownRoot } from '@/lib/domain/markdown/parse-segment.ts';

type MarkdownNode = MarkdownRoot | MarkdownRoot['children'][number];
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
// An e-mail address starts where its run of characters does: tried from every letter of a long word, it was quadratic.
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]+|\bwww\.[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CHINESE_IN_URL = /[\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]/;
/** Ends a footnote label: a `]`, or a space, which no label has. */
const FOOTNOTE_LABEL_END = /[\]\s]/g;
const URL_TRAILING_PUNCTUATION = /(?<![.,;:!?*_~])[.,;:!?*_~]+$/;
/** MathJax's `\(…\)` and `\[…\]`, written `\\(…\\)` in Markdown: plain text to CommonMark, math to readers. */
const LATEX_MATH = /\\\\\((?:(?!\\\\\)).){1,400}?\\\\\)|\\\\\[(?:(?!\\\\\]).){1,400}?\\\\\]/g;
/*
 * A tag without the attribute is matched to its end with an empty group 1, so that the search goes on
 * after it rather than from each `<a ` inside an unclosed one (quadratic on `<a <a <a …`).
 */
const HTML_LINK = /<a\s(?:[^>]*?\bhref\s*=\s*["']([^"']*)["']|[^>]*)/gi;
const HTML_IMAGE = /<img\s(?:[^>]*?\bsrc\s*=\s*["']([^"']*)["']|[^>]*)/gi;

const NO_SOURCE = -1;

/**
 * micromark spends a fixed cost on each line even of plain text, which adds up over a 50,000-character
 * text of short paragraphs (docs/performance.md). The longest segment of the corpus
 * has 616 lines (a math block, which is not checked); a text of more lines is read as plain text.
 */
export const MAX_PARSED_LINES = 2_000;

export function buildMarkdownView(text: string, kind?: SegmentKind): MarkdownView {
  const view = emptyView(text);
  const math = [...text.matchAll(LATEX_MATH)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (kind === 'frontmatter') addFrontMatterValue(view);
  else if (hasMoreLinesThan(text, MAX_PARSED_LINES)) addText(view, view.content.start, view.content.end);
  else walk(parseMarkdown(text), view, math);
  maskProtectedText(view, math);
  return view;
}

/** Whether `text` has more than `lines` lines, each ended by `\n`, `\r\n` or `\r` or by the text's end. */
function hasMoreLinesThan(text: string, lines: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const endsLine = code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) || index === text.length - 1;
    if (endsLine && ++count > lines) return true;
  }
  return false;
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

/**
 * A front matter field is checked as its plain value (`editableSource`, `editableTranslation`), the
 * text the translator types: plain text, no Markdown.
 */
function addFrontMatterValue(view: MarkdownView) {
  addText(view, view.content.start, view.content.end);
}

/**
 * What is left to do while walking the tree, last first: visit a node, take up the children of a list
 * item (whose shape is listed then, before its nested lists), or close a node whose children are done.
 */
type Step =
  | { type: 'node'; node: MarkdownNode; depth: number }
  | { type: 'listItem'; item: Parent; depth: number; shape: string }
  | { type: 'close'; isInline: boolean; end: number };

/**
 * Visits the tree in document order with a stack of steps rather than recursion: text nested
 * thousands of block quotes deep would overflow the call stack.
 */
function walk(root: MarkdownRoot, view: MarkdownView, math: Span[]) {
  const steps: Step[] = [{ type: 'node', node: root, depth: 0 }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if (step.type === 'node') visit(step.node, view, step.depth, math, steps);
    else if (step.type === 'listItem') {
      view.listShape.push(step.shape);
      pushChildren(step.item, view, step.depth, steps);
    } else if (step.isInline) view.closings.add(step.end);
    else addSeparator(view);
  }
}

function visit(node: MarkdownNode, view: MarkdownView, depth: number, math: Span[], steps: Step[]) {
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
      for (const match of node.value.matchAll(HTML_LINK)) if (match[1] !== undefined) view.links.push({ value: match[1], span });
      for (const match of node.value.matchAll(HTML_IMAGE)) if (match[1] !== undefined) view.images.push({ value: match[1], span });
      addHtml(view, node.value, span);
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
    case 'list': {
      const shape = `${depth}${node.ordered ? '.' : '-'}`;
      for (let index = node.children.length - 1; index >= 0; index--) steps.push({ type: 'listItem', item: node.children[index]!, depth: depth + 1, shape });
      return;
    }
    case 'footnoteDefinition':
      view.footnoteDefinitions.push(node.identifier);
      break;
    default:
      break;
  }
  if (!('children' in node)) return;
  const isInline = node.type === 'link' || node.type === 'linkReference' || node.type in view.emphasis;
  if (!isInline) addSeparator(view);
  steps.push({ type: 'close', isInline, end });
  pushChildren(node, view, depth, steps);
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

/** Puts the children of `node` on the stack so that the first is visited next. */
function pushChildren(node: Parent, view: MarkdownView, depth: number, steps: Step[]) {
  const children = node.children as MarkdownNode[];
  let cursor = node.position?.start.offset ?? 0;
  const limit = node.position?.end.offset ?? view.text.length;
  for (const child of children) {
    if (!child.position) locateUnpositioned(child, view.text, cursor, limit);
    cursor = child.position?.end.offset ?? cursor;
  }
  for (let index = children.length - 1; index >= 0; index--) steps.push({ type: 'node', node: children[index]!, depth });
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

/** The text of HTML is prose to check; its tags, comments and hidden content (scripts, code) are atoms. */
function addHtml(view: MarkdownView, html: string, span: Span) {
  // Inside a list item or a quote the node's value lacks the container's prefixes: offsets would not map.
  if (view.text.slice(span.start, span.end) !== html) return addAtom(view, span);
  for (const run of splitHtmlText(html)) {
    const start = span.start + run.start;
    const end = span.start + run.end;
    if (run.isText) addText(view, start, end);
    else addAtom(view, { start, end });
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
  const footnotes = findFootnoteReferences(view.prose);
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
  for (const footnote of footnotes) {
    view.footnoteReferences.push(view.prose.slice(footnote.start + 2, footnote.end - 1).toLowerCase());
    characters.fill(ATOM, footnote.start, footnote.end);
  }
  view.prose = characters.join('');
}

/**
 * `[^label]` references in prose: a label of anything but `]` and spaces. Every `[^` before the `]`
 * or space that ends one label ends there too, so the search goes on after it (a regex retried each
 * `[^` of `[^[^[^…` to the end: quadratic).
 */
function findFootnoteReferences(prose: string): Span[] {
  const found: Span[] = [];
  for (let start = prose.indexOf('[^'); start >= 0; ) {
    FOOTNOTE_LABEL_END.lastIndex = start + 2;
    const labelEnd = FOOTNOTE_LABEL_END.exec(prose)?.index ?? prose.length;
    const isReference = prose[labelEnd] === ']' && labelEnd > start + 2;
    if (isReference) found.push({ start, end: labelEnd + 1 });
    start = prose.indexOf('[^', isReference ? labelEnd + 1 : labelEnd);
  }
  return found;
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
