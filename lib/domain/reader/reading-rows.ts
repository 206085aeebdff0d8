import type { MarkdownPiece } from '../markdown/render-in-context.ts';
import { renderMarkdownPieces, type RenderOptions } from '../render-markdown.ts';
import { markdownToPlainText } from '../search/plain-text.ts';
import type { PairSpacing } from './publication-layout.ts';

/** A published pair as the reader gets it. */
export interface ReaderPair {
  position: number;
  kind: string;
  source: string;
  target: string | null;
  /** Absent in publications made before it was recorded. */
  spacing?: PairSpacing | undefined;
}

/** An imported Chinese block that matched no English segment, shown after the pair it followed. */
export interface ReaderUnalignedBlock {
  afterPosition: number | null;
  text: string;
  /** The whitespace before it in the Chinese file. */
  spacing: string;
}

export interface ReadingRow {
  /** The pair's position (its permalink); null for a Chinese block with no English counterpart. */
  position: number | null;
  kind: string;
  /** Sanitized HTML; null for a Chinese-only row. */
  sourceHtml: string | null;
  /** Sanitized HTML; null for a block that is not translated (code, raw HTML), shown once, full width. */
  targetHtml: string | null;
}

/**
 * The rows of a published article: each language rendered as one document (see renderInContext), so
 * references, footnotes, list numbers and indentation read as in the files, then cut back into rows.
 * A row with nothing to show (a link definition, an HTML tag opening a container) is left out, and
 * so is the opening heading when it repeats the title, which the page header shows.
 */
export function renderReadingRows(
  article: { title: string; pairs: readonly ReaderPair[]; unaligned: readonly ReaderUnalignedBlock[] },
  options: Omit<RenderOptions, 'language'> = {},
): ReadingRow[] {
  const { pairs } = article;
  const english = renderMarkdownPieces(
    pairs.map((pair, index) => ({ before: pair.spacing?.source ?? spacingBetween(pairs[index - 1], pair), text: pair.source })),
    { ...options, language: 'en' },
  );
  const chinesePieces: Array<MarkdownPiece & { pairIndex: number | null }> = [];
  const unalignedAfter = new Map<number | null, ReaderUnalignedBlock[]>();
  for (const block of article.unaligned) {
    const anchored = unalignedAfter.get(block.afterPosition);
    if (anchored) anchored.push(block);
    else unalignedAfter.set(block.afterPosition, [block]);
  }
  const addUnaligned = (afterPosition: number | null) => {
    for (const block of unalignedAfter.get(afterPosition) ?? []) chinesePieces.push({ before: block.spacing, text: block.text, pairIndex: null });
  };
  addUnaligned(null);
  pairs.forEach((pair, index) => {
    const before = pair.spacing?.target ?? spacingBetween(pairs[index - 1], pair);
    chinesePieces.push({ before, text: pair.target ?? pair.source, pairIndex: index });
    addUnaligned(pair.position);
  });
  const chinese = renderMarkdownPieces(chinesePieces, { ...options, language: 'zh' });
  const rows = chinesePieces.map((piece, index): ReadingRow => {
    if (piece.pairIndex === null) return { position: null, kind: 'unaligned', sourceHtml: null, targetHtml: chinese[index]! };
    const pair = pairs[piece.pairIndex]!;
    return { position: pair.position, kind: pair.kind, sourceHtml: english[piece.pairIndex]!, targetHtml: pair.target === null ? null : chinese[index]! };
  });
  const [first] = pairs;
  const repeatsTitle = first?.kind === 'heading' && markdownToPlainText(first.source) === article.title;
  return rows.filter((row) => (showsSomething(row.sourceHtml) || showsSomething(row.targetHtml)) && !(repeatsTitle && row.position === first.position));
}

const VISIBLE_WITHOUT_TEXT = /<(?:img|video|audio|iframe|svg|hr|input)\b/;

/** HTML with text or an image, rule or the like: not a definition's '' or the `<div></div>` a segment opening a `<div>` leaves. */
function showsSomething(html: string | null): boolean {
  return html !== null && (VISIBLE_WITHOUT_TEXT.test(html) || html.replace(/<[^>]*>/g, '').trim() !== '');
}

/** Publications made before the layout was recorded kept each text alone: blank lines between, but list items stay one list. */
function spacingBetween(previous: ReaderPair | undefined, pair: ReaderPair): string {
  if (!previous) return '';
  return previous.kind === 'list_item' && pair.kind === 'list_item' ? '\n' : '\n\n';
}
