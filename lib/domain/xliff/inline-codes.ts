import type { Nodes, Parent } from 'mdast';
import { editableSource, editableTranslation, fieldOfSegment } from '../markdown/front-matter-value.ts';
import { parseSegmentMarkdown } from '../markdown/parse-segment.ts';
import { segmentContent } from '../markdown/source-segment.ts';

/*
 * A segment's Markdown as a CAT tool should see it: the words as text, the markup as protected
 * inline codes. Links, emphasis and strikethrough are paired codes around their text (the URL stays
 * in the closing code); images, code spans, inline HTML, math, hard breaks, bare URLs and the syntax
 * between table cells are standalone codes. The block's own syntax (`## `, `- `, `> `, continuation
 * indentation, a setext underline) is outside the text altogether. Every code holds the exact
 * Markdown it stands for, so `restoreMarkdown(codeMarkdown(x))` is `x`.
 */

export type CodeKind = 'link' | 'emphasis' | 'strong' | 'delete' | 'image' | 'code' | 'html' | 'math' | 'break' | 'url' | 'block';

export type InlineCode =
  | { id: string; kind: CodeKind; markdown: string }
  | { id: string; kind: CodeKind; open: string; close: string };

export type Piece = string | { ph: string } | { open: string } | { close: string };

export interface CodedText {
  /** Block syntax before the text and after it (`- `, `## `, a setext underline). */
  head: string;
  tail: string;
  /** What starts each line after the first inside the text (`> `, indentation), one per line break. */
  lineStarts: string[];
  pieces: Piece[];
  codes: InlineCode[];
}

const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
const PAIRED: Partial<Record<string, CodeKind>> = { link: 'link', linkReference: 'link', emphasis: 'emphasis', strong: 'strong', delete: 'delete' };
const STANDALONE: Partial<Record<string, CodeKind>> = {
  image: 'image',
  imageReference: 'image',
  inlineCode: 'code',
  html: 'html',
  inlineMath: 'math',
  break: 'break',
  footnoteReference: 'link',
};
/** After a line break inside a paragraph: quote markers and indentation, never text (a `>` there would start a quote). */
const LINE_START = /^[ \t]*(?:>[ \t]*)*/;

export type Coder = (markdown: string) => CodedText;

/**
 * What a translator translates, coded: a front matter field's plain value as text, or the segment's
 * Markdown (its source, or `translation` when given) with its markup as codes.
 */
export function codeSegment(segment: { kind: string; source: string; translatable: boolean }, translation?: string, coder: Coder = codeMarkdown): CodedText {
  if (translation !== undefined) return fieldOfSegment(segment) ? plain(editableTranslation(segment, translation)) : coder(translation);
  return fieldOfSegment(segment) ? plain(editableSource(segment)) : coder(segmentContent(segment.source));
}

/** The text a segment's source is coded from, or null for a front matter field (plain text). */
export function codedSourceText(segment: { kind: string; source: string; translatable: boolean }): string | null {
  return fieldOfSegment(segment) ? null : segmentContent(segment.source);
}

export function codeMarkdown(markdown: string): CodedText {
  const known = coded.get(markdown);
  if (known) return known;
  const runs: Run[] = [];
  collectRuns(parseSegmentMarkdown(markdown), runs);
  return remember(markdown, codeRuns(markdown, runs, 0, markdown.length));
}

/**
 * Texts coded lately. Parsing is most of an export's time, and an export, its re-export and the
 * import of the file code the same texts. A coded text is never changed after it is made.
 */
const coded = new Map<string, CodedText>();
const REMEMBERED = 20_000;

function remember(markdown: string, result: CodedText): CodedText {
  if (coded.size >= REMEMBERED) coded.clear();
  coded.set(markdown, result);
  return result;
}

type Run = { start: number; end: number; children: Nodes[] };

function codeRuns(markdown: string, runs: readonly Run[], start: number, end: number): CodedText {
  if (runs.length === 0) return plain(markdown.slice(start, end));
  const coded: CodedText = { head: markdown.slice(start, runs[0]!.start), tail: markdown.slice(runs.at(-1)!.end, end), lineStarts: [], pieces: [], codes: [] };
  const writer = new Writer(markdown, coded);
  runs.forEach((run, index) => {
    if (index > 0) writer.standalone('block', runs[index - 1]!.end, run.start);
    writer.children(run.children, run.start, run.end);
  });
  coded.pieces = joinText(coded.pieces);
  return coded;
}

/** Texts parsed together: setting the parser up costs more than a paragraph (see parse.ts). */
const BATCH_CHARS = 2_000;
const BATCH_TEXTS = 64;

/**
 * A coder that knows `texts` already, parsed a batch at a time, blank lines apart, which codes each
 * text as parsing it alone does. A batch is used only where every text stays on its own (no block
 * runs from one into the next, no link definition reaches across); otherwise its texts are parsed
 * one by one. Batches stay far below the sizes at which the parser switches constructs off.
 */
export function batchCoder(texts: readonly string[]): Coder {
  const unique = [...new Set(texts)].filter((text) => text.length < BATCH_CHARS && !coded.has(text));
  for (let first = 0; first < unique.length; ) {
    let last = first + 1;
    let size = unique[first]!.length;
    while (last < unique.length && last - first < BATCH_TEXTS && size + unique[last]!.length < BATCH_CHARS) size += unique[last++]!.length + 2;
    const batch = unique.slice(first, last);
    codeBatch(batch)?.forEach((result, index) => remember(batch[index]!, result));
    first = last;
  }
  return codeMarkdown;
}

function codeBatch(batch: readonly string[]): CodedText[] | null {
  if (batch.length < 2) return null;
  const joined = batch.join('\n\n');
  const bounds: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const text of batch) {
    bounds.push({ start: offset, end: offset + text.length });
    offset += text.length + 2;
  }
  const root = parseSegmentMarkdown(joined);
  const within = (node: Nodes) => bounds.some((bound) => node.position!.start.offset! >= bound.start && node.position!.end.offset! <= bound.end);
  for (const node of root.children as Nodes[]) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') return null;
    if (!within(node) && !(node.type === 'list' && node.children.every(within))) return null;
  }
  const runs: Run[] = [];
  collectRuns(root, runs);
  return bounds.map((bound) => codeRuns(joined, runs.filter((run) => run.start >= bound.start && run.end <= bound.end), bound.start, bound.end));
}

function plain(text: string): CodedText {
  return { head: '', tail: '', lineStarts: [], pieces: text === '' ? [] : [text], codes: [] };
}

function collectRuns(node: Nodes, runs: Run[]): void {
  if (!('children' in node)) return;
  if (PHRASING_CONTAINERS.has(node.type)) {
    const children = (node as Parent).children as Nodes[];
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    if (start !== undefined && end !== undefined) runs.push({ start, end, children });
    return;
  }
  for (const child of (node as Parent).children as Nodes[]) collectRuns(child, runs);
}

class Writer {
  private nextId = 1;
  constructor(
    private readonly markdown: string,
    private readonly coded: CodedText,
  ) {}

  children(nodes: readonly Nodes[], start: number, end: number): void {
    let cursor = start;
    for (const node of nodes) {
      const from = node.position!.start.offset!;
      const to = node.position!.end.offset!;
      this.text(cursor, from);
      cursor = this.node(node, from, to);
    }
    this.text(cursor, end);
  }

  /** Writes one inline node and says where the text after it starts. */
  private node(node: Nodes, from: number, to: number): number {
    if (node.type === 'text') {
      this.text(from, to);
      return to;
    }
    const paired = PAIRED[node.type];
    const children = 'children' in node ? ((node as Parent).children as Nodes[]) : [];
    const first = children[0]?.position?.start.offset;
    const last = children.at(-1)?.position?.end.offset;
    const isAutolink = node.type === 'link' && (first === from || this.markdown[from] === '<');
    const isShortcut = node.type === 'linkReference' && node.referenceType !== 'full';
    if (paired && first !== undefined && last !== undefined && !isAutolink && !isShortcut) {
      const id = String(this.nextId++);
      this.coded.codes.push({ id, kind: paired, open: this.markdown.slice(from, first), close: this.markdown.slice(last, to) });
      this.coded.pieces.push({ open: id });
      this.children(children, first, last);
      this.coded.pieces.push({ close: id });
      return to;
    }
    // A hard break's line ending stays text, so the next line's quote markers leave the text like any line's.
    const end = node.type === 'break' ? from + this.markdown.slice(from, to).replace(/\r?\n$/, '').length : to;
    this.standalone(isAutolink ? 'url' : (STANDALONE[node.type] ?? 'html'), from, end);
    return end;
  }

  standalone(kind: CodeKind, from: number, to: number): void {
    const id = String(this.nextId++);
    this.coded.codes.push({ id, kind, markdown: this.markdown.slice(from, to) });
    this.coded.pieces.push({ ph: id });
  }

  /** Raw Markdown between codes: text, less what starts each continued line. */
  private text(from: number, to: number): void {
    if (to <= from) return;
    const [first = '', ...lines] = this.markdown.slice(from, to).split('\n');
    let text = first;
    for (const line of lines) {
      const start = LINE_START.exec(line)?.[0] ?? '';
      this.coded.lineStarts.push(start);
      text += `\n${line.slice(start.length)}`;
    }
    if (text !== '') this.coded.pieces.push(text);
  }
}

/** Adjacent texts as one, and no empty text. */
export function joinText(pieces: readonly Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    if (typeof piece === 'string' && typeof previous === 'string') joined[joined.length - 1] = previous + piece;
    else if (piece !== '') joined.push(piece);
  }
  return joined;
}

/** The Markdown that `pieces` stand for, with each code's Markdown from `codes` and the block syntax of `frame`. */
export function restoreMarkdown(pieces: readonly Piece[], codes: ReadonlyMap<string, InlineCode>, frame: Pick<CodedText, 'head' | 'tail' | 'lineStarts'>): string {
  let lineIndex = 0;
  const continuation = frame.lineStarts.at(-1) ?? frame.head.replace(/[^\s>]/g, ' ');
  const body = pieces
    .map((piece) => {
      if (typeof piece === 'string') return piece.replace(/\n/g, () => `\n${frame.lineStarts[lineIndex++] ?? continuation}`);
      const code = codes.get(codeId(piece));
      if (!code) throw new Error(`No inline code ${codeId(piece)}`);
      if ('markdown' in code) return code.markdown;
      return 'open' in piece ? code.open : code.close;
    })
    .join('');
  return `${frame.head}${body}${frame.tail}`;
}

export function codeId(piece: Exclude<Piece, string>): string {
  return 'ph' in piece ? piece.ph : 'open' in piece ? piece.open : piece.close;
}

/**
 * A translation's codes given the ids of the source's codes they correspond to: first a code with
 * the same Markdown, then one of the same kind, in order. A code the source lacks becomes its
 * Markdown as text, which reads back as the same Markdown.
 */
export function alignTargetCodes(source: CodedText, target: CodedText): CodedText {
  const unused = new Map(source.codes.map((code) => [code.id, code]));
  const renamed = new Map<string, string>();
  const take = (code: InlineCode, same: (candidate: InlineCode) => boolean) => {
    const match = [...unused.values()].find((candidate) => candidate.kind === code.kind && 'markdown' in candidate === 'markdown' in code && same(candidate));
    if (match) {
      unused.delete(match.id);
      renamed.set(code.id, match.id);
    }
  };
  for (const code of target.codes) take(code, (candidate) => markdownOf(candidate) === markdownOf(code));
  for (const code of target.codes) if (!renamed.has(code.id)) take(code, () => true);
  const byId = new Map(target.codes.map((code) => [code.id, code]));
  // A code written out as text starts its lines like text does: what begins each line leaves the text.
  const lineStarts: string[] = [];
  let lineIndex = 0;
  const pieces = joinText(
    target.pieces.map((piece) => {
      if (typeof piece === 'string') {
        const breaks = piece.split('\n').length - 1;
        lineStarts.push(...target.lineStarts.slice(lineIndex, lineIndex + breaks));
        lineIndex += breaks;
        return piece;
      }
      const id = renamed.get(codeId(piece));
      if (id !== undefined) return 'ph' in piece ? { ph: id } : 'open' in piece ? { open: id } : { close: id };
      const code = byId.get(codeId(piece))!;
      const [first = '', ...lines] = ('markdown' in code ? code.markdown : 'open' in piece ? code.open : code.close).split('\n');
      return lines.reduce((text, line) => {
        const start = LINE_START.exec(line)?.[0] ?? '';
        lineStarts.push(start);
        return `${text}\n${line.slice(start.length)}`;
      }, first);
    }),
  );
  const codes = target.codes.flatMap((code) => {
    const id = renamed.get(code.id);
    return id === undefined ? [] : [{ ...code, id }];
  });
  return { ...target, pieces, codes, lineStarts };
}

function markdownOf(code: InlineCode): string {
  return 'markdown' in code ? code.markdown : `${code.open}\u0000${code.close}`;
}
