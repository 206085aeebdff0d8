import { splitHtmlText } from './html-text.ts';
import type { SegmentKind, SourceSegment } from './source-segment.ts';
import { segmentContent } from './source-segment.ts';

/**
 * What survives translation, extracted once per block so alignment can compare blocks across
 * languages: link and image targets, numbers, inline code, Latin-script names, and the amount of text.
 */
export interface BlockProfile {
  kind: SegmentKind;
  headingDepth: number;
  frontMatterKey: string | null;
  /** Whitespace-collapsed content, for blocks that are usually copied verbatim (code, HTML, fences). */
  verbatim: string;
  urls: Set<string>;
  numbers: Set<string>;
  inlineCode: Set<string>;
  latinWords: Set<string>;
  /** Characters of visible text, without markup, URLs and whitespace. */
  textLength: number;
  /** A paragraph with a single line break inside is often split into two paragraphs by translators. */
  hasLineBreak: boolean;
  /** Prose or list item made only of documentation macros (`{{jsSidebar}}`): never a translation of prose. */
  macroOnly: boolean;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s)<>"'\]]+/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;
const HTML_TARGET = /\b(?:src|href)\s*=\s*["']([^"']+)["']/gi;
const INLINE_CODE = /`([^`\n]+)`/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9_+-]*[A-Za-z0-9+]/g;
const MARKUP = /[\s*_#>|[\]()`~=<\\-]/g;
const FRONT_MATTER_KEY = /^["']?([\w-]+)["']?\s*[:=]/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;

export function profileBlock(segment: SourceSegment): BlockProfile {
  const content = segmentContent(segment.source);
  const targets = [
    ...matchAll(content, LINK_TARGET, 1),
    ...matchAll(content, HTML_TARGET, 1),
    ...matchAll(content, URL_PATTERN),
  ];
  const text = withoutLinkTargets((segment.kind === 'html' ? htmlText(content) : content).replace(URL_PATTERN, ' '));
  return {
    kind: segment.kind,
    headingDepth: segment.kind === 'heading' ? headingDepth(content) : 0,
    frontMatterKey: segment.kind === 'frontmatter' ? (FRONT_MATTER_KEY.exec(content)?.[1] ?? null) : null,
    verbatim: content.replace(/\s+/g, ' '),
    urls: new Set(targets.map(normalizeUrl).filter((url) => url !== '' && !url.startsWith('#'))),
    numbers: new Set(matchAll(text, NUMBER).map((number) => number.replace(/,/g, ''))),
    inlineCode: new Set(matchAll(content, INLINE_CODE, 1)),
    latinWords: new Set(matchAll(text, LATIN_WORD).map((word) => word.toLowerCase())),
    textLength: text.replace(MARKUP, '').length,
    hasLineBreak: /\S[ \t]*\r?\n[ \t]*\S/.test(content),
    macroOnly: (segment.kind === 'paragraph' || segment.kind === 'list_item') && isMacroOnly(content),
  };
}

const MACRO = /\{\{[^{}\n]*\}\}/g;

/** Text holding macros and nothing a reader would read besides them. */
export function isMacroOnly(text: string): boolean {
  return text.includes('{{') && !/\p{L}/u.test(text.replace(MACRO, ''));
}

/** The profile of consecutive blocks taken together, for one-to-many alignments. */
export function mergeProfiles(first: BlockProfile, second: BlockProfile): BlockProfile {
  return {
    ...first,
    verbatim: `${first.verbatim} ${second.verbatim}`,
    urls: union(first.urls, second.urls),
    numbers: union(first.numbers, second.numbers),
    inlineCode: union(first.inlineCode, second.inlineCode),
    latinWords: union(first.latinWords, second.latinWords),
    textLength: first.textLength + second.textLength,
    hasLineBreak: true,
    macroOnly: first.macroOnly && second.macroOnly,
  };
}

/** What a reader of an HTML block sees, so that its tags and attributes count as neither names nor text. */
function htmlText(content: string): string {
  return splitHtmlText(content)
    .map((run) => (run.isText ? content.slice(run.start, run.end) : ' '))
    .join('');
}

function headingDepth(content: string): number {
  const atx = ATX_HEADING.exec(content);
  if (atx?.[1]) return atx[1].length;
  return /\n[ \t]*=+[ \t]*$/.test(content) ? 1 : 2;
}

function normalizeUrl(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?'.includes(url[end - 1]!)) end--;
  return url.slice(0, end).replace(/\/$/, '');
}

/**
 * `](target)` becomes `]`, as /\]\([^)]*\)/g did; by hand, as that regex scans to the end of the text
 * from every `](` that is never closed, quadratic on a long run of them.
 */
function withoutLinkTargets(text: string): string {
  const kept: string[] = [];
  let copied = 0;
  for (let open = text.indexOf(']('); open !== -1; open = text.indexOf('](', copied)) {
    const close = text.indexOf(')', open + 2);
    if (close === -1) break;
    kept.push(text.slice(copied, open + 1));
    copied = close + 1;
  }
  kept.push(text.slice(copied));
  return kept.join('');
}

function matchAll(text: string, pattern: RegExp, group = 0): string[] {
  return Array.from(text.matchAll(pattern), (match) => match[group] ?? '');
}

function union<T>(first: Set<T>, second: Set<T>): Set<T> {
  return new Set([...first, ...second]);
}
