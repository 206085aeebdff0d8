import { ValidationError } from '@/lib/errors.ts';
import { withoutTrailingBlankLines } from './collapse-blank-lines.ts';
import { scanContainerPrefix } from './container-prefix.ts';
import { EmphasisNesting } from './emphasis-nesting.ts';
import { openRawBlock, type RawBlock } from './raw-blocks.ts';

/*
 * The input guard: every limit Markdown must keep before Duet parses it, and the one linear pass
 * that checks a text against them. The parse entry (parse.ts) runs it before parsing, the editor's
 * preview before its own parse, and imports before accepting a file (markdownFileSchema).
 *
 * Real articles nest quotes and lists a few levels, brackets and emphasis one or two, and continue a
 * quoted paragraph without its `>` for a few lines. The parser's work grows with the square of each
 * (every closing bracket or emphasis looks back over the open ones, every lazy line over its
 * paragraph, every level of quotes and lists is another pass over the events); within these limits
 * the work per byte stays what it is for ordinary Markdown. A document past one is refused at import
 * and by segmenting, and the renderers show it as plain text. Measurements: docs/performance.md.
 */
export const MARKDOWN_LIMITS = {
  /**
   * Lines in one document that are not blank, code and math included. micromark's work on a line has
   * a floor however short the line is, so a document of many short lines is slow to segment. The
   * longest article of the corpus has 1,247 lines. (Runs of blank lines are collapsed before parsing.)
   */
  lines: 50_000,
  /** Block quotes and list items open on one line. */
  containerDepth: 100,
  /** Block quotes and lists that end inside one top-level block quote or list item. */
  nestedEnds: 100,
  /** Lines of one paragraph that continue it without its `>` or list indentation (lazy lines). */
  lazyLines: 100,
  /** `[` open at once in one paragraph (links, images, references). */
  openBrackets: 256,
  /**
   * `[` in one paragraph, list item or table cell, balanced or not. micromark merges the text around
   * each failed link or undefined reference with a splice of the paragraph's events, quadratic in them.
   */
  paragraphBrackets: 2_000,
  /** `]` that close no `[`, after a paragraph's last `[`. */
  unopenedBrackets: 32,
  /** Emphasis and strong emphasis inside one another. */
  emphasisDepth: 100,
  /** Characters in a row in a web address that GFM may trim from its end (`.`, `)`, `_` and the like). */
  urlPunctuation: 100,
} as const;

/**
 * Block quotes and lists ending inside others that the editor's preview takes in one text. Each
 * costs the parser a pass over the text's events so far; segmenting and the reader's rendering parse
 * in chunks, but the preview parses a text whole, and a translation of 50,000 characters could hold
 * 8,000 of them.
 */
export const MAX_NESTED_ENDS_TO_RENDER = 500;

/**
 * `[` in a paragraph that is parsed to find out whether it holds only an image. An image's paragraph
 * holds its one or two `[` and the few of its alt text; the parser is quadratic over a paragraph of
 * many (undefined references), so one with more is taken for text without parsing it.
 */
export const MAX_IMAGE_PARAGRAPH_BRACKETS = 16;

export interface MarkdownLimitProblem {
  /** 1-based. */
  line: number;
  message: string;
}

export interface MarkdownStructure {
  problem: MarkdownLimitProblem | null;
  /** Whether a fence, math or HTML block is still open at the end, so trailing blank lines are its content. */
  endsInsideRawBlock: boolean;
  /**
   * Block quotes and lists that end inside another in the whole text. Each costs the parser a pass
   * over the text's events so far, and unlike segmenting, the editor's preview parses a text in one piece.
   */
  nestedEnds: number;
  /** Where each line that ends block quotes or lists inside another starts, in order. */
  nestedEndLineStarts: number[];
}

/** The first place where `markdown` goes past MARKDOWN_LIMITS, or null. */
export function findMarkdownLimitProblem(markdown: string): MarkdownLimitProblem | null {
  return scanMarkdownStructure(markdown).problem;
}

/** A document past MARKDOWN_LIMITS is refused with a ValidationError naming the line. */
export function assertWithinMarkdownLimits(markdown: string): void {
  const problem = findMarkdownLimitProblem(markdown);
  if (problem) throw new ValidationError(problem.message);
}

/**
 * The Markdown a renderer should parse, or null when it should show the text as it is: past
 * MARKDOWN_LIMITS (which imports refuse), or, for a text parsed whole rather than `inChunks` (the
 * preview), past MAX_NESTED_ENDS_TO_RENDER. Blank lines at the end change nothing unless a fence,
 * math or HTML block is left open (then they are its content), yet the parser works on each, so they go.
 */
export function markdownToRender(markdown: string, { inChunks = false } = {}): string | null {
  const structure = scanMarkdownStructure(markdown);
  if (structure.problem || (!inChunks && structure.nestedEnds > MAX_NESTED_ENDS_TO_RENDER)) return null;
  return structure.endsInsideRawBlock ? markdown : withoutTrailingBlankLines(markdown);
}

/** Whether a paragraph has few enough `[` (MAX_IMAGE_PARAGRAPH_BRACKETS) to be parsed for an image. */
export function canParseForImage(paragraph: string): boolean {
  let brackets = 0;
  for (let index = paragraph.indexOf('['); index !== -1 && brackets <= MAX_IMAGE_PARAGRAPH_BRACKETS; index = paragraph.indexOf('[', index + 1)) brackets++;
  return brackets <= MAX_IMAGE_PARAGRAPH_BRACKETS;
}

/** The run of lines between blank lines, where inline markup can span lines. */
interface Paragraph {
  openBrackets: number;
  /** Every `[` since the paragraph, list item or table row started. */
  brackets: number;
  lines: number;
  /** Whether the paragraph turned out to be a table, whose every cell is parsed on its own. */
  isTable: boolean;
  unopenedBrackets: number;
  emphasis: EmphasisNesting;
  /** The containers of the paragraph's first line: a later line in fewer of them continues it lazily. */
  quotes: number;
  items: number;
  lazyLines: number;
}

const LINE_END = /\r\n?|\n/g;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** Content that cannot continue a paragraph lazily, so list items left of it end. */
const BLOCK_START = /^(?:#|```|~~~|\$\$|<)/;
/** A GFM table's delimiter row, `| --- | :-: |`, which makes the line before it a header. */
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const count = (value: number) => value.toLocaleString('en-US');

/**
 * One pass over `markdown`'s lines. Where its reading of the Markdown is rough, it errs towards
 * counting more: inline markup is counted in code spans and headings too, only blank lines and
 * fences, math and HTML blocks end a paragraph's count, and a lazy line may count as ending a quote.
 */
export function scanMarkdownStructure(markdown: string): MarkdownStructure {
  const openItems: number[] = [];
  let raw: RawBlock | null = null;
  let paragraph: Paragraph | null = null;
  let previous = { quotes: 0, blank: true };
  let block = { startLine: 1, nestedEnds: 0 };
  let nestedEnds = 0;
  const nestedEndLineStarts: number[] = [];
  let nonBlankLines = 0;
  let { line, lineStart } = skipFrontMatter(markdown);
  const found = (message: string): MarkdownStructure => ({
    problem: { line, message: `Line ${line} ${message}.` },
    endsInsideRawBlock: false,
    nestedEnds,
    nestedEndLineStarts,
  });

  for (; lineStart < markdown.length; line++) {
    LINE_END.lastIndex = lineStart;
    const ending = LINE_END.exec(markdown);
    const lineEnd = ending ? ending.index : markdown.length;
    let prefix = scanContainerPrefix(markdown, lineStart, lineEnd, openItems, !raw);
    if (raw && prefix.quotes + prefix.continuedItems < raw.depth) {
      // The container the block was in has ended, and with it the block: the line is Markdown again.
      raw = null;
      prefix = scanContainerPrefix(markdown, lineStart, lineEnd, openItems);
    }
    const thisLineStart = lineStart;
    const nestedEndsBefore = nestedEnds;
    lineStart = ending ? lineEnd + ending[0].length : markdown.length;
    const depth = prefix.quotes + prefix.items;
    if (depth > MARKDOWN_LIMITS.containerDepth) {
      return found(`nests block quotes and lists ${count(depth)} levels deep; Duet accepts at most ${MARKDOWN_LIMITS.containerDepth}`);
    }
    const content = markdown.slice(prefix.contentStart, lineEnd);
    const blank = content === '' && !prefix.opensListItem;
    if (!blank && ++nonBlankLines > MARKDOWN_LIMITS.lines) {
      return found(`is past the ${count(MARKDOWN_LIMITS.lines)} lines (blank ones aside) Duet accepts in one document`);
    }

    // Quotes and lists ending inside a top-level one; a list item followed by its sibling does not count.
    const itemsEnd = prefix.opensListItem || previous.blank || BLOCK_START.test(content) ? prefix.closedItems : 0;
    const ended = Math.max(0, previous.quotes - prefix.quotes) + Math.max(0, itemsEnd - (prefix.opensListItem ? 1 : 0));
    if (Math.min(previous.quotes, prefix.quotes) + prefix.continuedItems === 0) {
      // A new top-level block: what ended is the last one, with everything in it but its own container.
      nestedEnds += Math.max(0, ended - (prefix.opensListItem ? 0 : 1));
      block = { startLine: line, nestedEnds: 0 };
    } else if (ended > 0) {
      nestedEnds += ended;
      block.nestedEnds += ended;
      if (block.nestedEnds > MARKDOWN_LIMITS.nestedEnds) {
        return found(`ends more than ${MARKDOWN_LIMITS.nestedEnds} block quotes and lists inside the block quote or list item that starts on line ${block.startLine}; Duet accepts at most ${MARKDOWN_LIMITS.nestedEnds}`);
      }
    }
    if (nestedEnds > nestedEndsBefore) nestedEndLineStarts.push(thisLineStart);
    previous = { quotes: prefix.quotes, blank };

    if (raw) {
      if (raw.endsOn(content)) raw = null;
      continue;
    }
    if (blank) {
      paragraph = null;
      continue;
    }
    raw = openRawBlock(content, prefix.indent, depth);
    if (raw) {
      paragraph = null;
      continue;
    }
    paragraph ??= { openBrackets: 0, brackets: 0, lines: 0, isTable: false, unopenedBrackets: 0, emphasis: new EmphasisNesting(), quotes: -1, items: 0, lazyLines: 0 };
    if (paragraph.lines === 1 && content.includes('-') && TABLE_DELIMITER_ROW.test(content)) paragraph.isTable = true;
    paragraph.lines++;
    if (paragraph.isTable) paragraph.brackets = 0;
    if (paragraph.quotes === -1 || prefix.interruptsParagraph || prefix.quotes > paragraph.quotes || ATX_HEADING.test(content)) {
      Object.assign(paragraph, { quotes: prefix.quotes, items: prefix.items, lazyLines: 0, brackets: 0, lines: 1, isTable: false });
    } else if (prefix.quotes < paragraph.quotes || prefix.continuedItems < paragraph.items) {
      if (++paragraph.lazyLines > MARKDOWN_LIMITS.lazyLines) {
        return found(`is one of more than ${MARKDOWN_LIMITS.lazyLines} lines of a paragraph that leave out its > or list indentation; Duet accepts at most ${MARKDOWN_LIMITS.lazyLines}`);
      }
    }
    const message = scanInline(markdown, prefix.contentStart, lineEnd, paragraph) ?? checkUrls(content);
    if (message) return found(message);
  }
  return { problem: null, endsInsideRawBlock: raw !== null, nestedEnds, nestedEndLineStarts };
}

/** Front matter is YAML or TOML, not Markdown: the scan starts after it, if it is closed. */
function skipFrontMatter(markdown: string): { line: number; lineStart: number } {
  const fence = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(markdown);
  if (!fence) return { line: 1, lineStart: 0 };
  const closing = new RegExp(`(?:\\r\\n?|\\n)\\${fence[1]![0]}{3}[ \\t]*(?:\\r\\n?|\\n|$)`, 'g');
  closing.lastIndex = fence[0].length - 1;
  const match = closing.exec(markdown);
  if (!match) return { line: 1, lineStart: 0 };
  const lineStart = match.index + match[0].length;
  return { line: (markdown.slice(0, lineStart).match(/\r\n?|\n/g)?.length ?? 0) + 1, lineStart };
}

/** Counts the brackets and emphasis a line leaves open in its paragraph; says which limit it passes. */
function scanInline(text: string, start: number, end: number, paragraph: Paragraph): string | null {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x5c) {
      index++;
    } else if (code === 0x5b) {
      paragraph.unopenedBrackets = 0;
      if (++paragraph.brackets > MARKDOWN_LIMITS.paragraphBrackets) {
        return `has more than ${count(MARKDOWN_LIMITS.paragraphBrackets)} "[" in one paragraph; Duet accepts at most ${count(MARKDOWN_LIMITS.paragraphBrackets)}`;
      }
      if (++paragraph.openBrackets > MARKDOWN_LIMITS.openBrackets) {
        return `has more than ${MARKDOWN_LIMITS.openBrackets} "[" open at once; Duet accepts links and brackets nested at most ${MARKDOWN_LIMITS.openBrackets} deep`;
      }
    } else if (code === 0x5d) {
      // A `]` that closes nothing looks back through the paragraph to its last `[` (GFM's footnote calls).
      if (paragraph.openBrackets > 0) paragraph.openBrackets--;
      else if (++paragraph.unopenedBrackets > MARKDOWN_LIMITS.unopenedBrackets) {
        return `has more than ${MARKDOWN_LIMITS.unopenedBrackets} "]" without a "[" to close; Duet accepts at most ${MARKDOWN_LIMITS.unopenedBrackets}`;
      }
    } else if (code === 0x2a || code === 0x5f) {
      let runEnd = index + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++;
      if (paragraph.emphasis.addRun(text, index, runEnd, start, end) > MARKDOWN_LIMITS.emphasisDepth) {
        return `nests emphasis (* or _) more than ${MARKDOWN_LIMITS.emphasisDepth} levels deep; Duet accepts at most ${MARKDOWN_LIMITS.emphasisDepth}`;
      }
      index = runEnd - 1;
    }
  }
  return null;
}

const URL_START = /https?:\/\/|www\./gi;
const URL_PUNCTUATION = '!"\'),*.:;?_~]&';

/**
 * GFM's literal autolinks (`https://…`, `www.…`) look ahead from each `.`, `)`, `_` and the like in a
 * web address for the rest of the run, to trim it from the address's end: quadratic in the run.
 */
function checkUrls(line: string): string | null {
  URL_START.lastIndex = 0;
  for (let start = URL_START.exec(line); start; start = URL_START.exec(line)) {
    let run = 0;
    let index = URL_START.lastIndex;
    for (; index < line.length && !/[\s<]/.test(line[index]!); index++) {
      run = URL_PUNCTUATION.includes(line[index]!) ? run + 1 : 0;
      if (run > MARKDOWN_LIMITS.urlPunctuation) {
        return `has a web address with more than ${MARKDOWN_LIMITS.urlPunctuation} of . , ; : ! ? ) ] _ ~ and the like in a row; Duet accepts at most ${MARKDOWN_LIMITS.urlPunctuation}`;
      }
    }
    URL_START.lastIndex = index;
  }
  return null;
}
