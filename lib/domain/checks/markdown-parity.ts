import type { CheckContext } from './check.ts';
import type { FindingDraft, FindingMessage } from './finding.ts';
import type { Located } from './markdown-view.ts';

/**
 * The same link targets, in any order. Anchors count as equal, in-page or on another page, as
 * translators rewrite them to the Chinese heading (`#the_dom` → `#文档对象模型`); a locale segment in the
 * path (`/zh/`, `/en-us/`) is ignored, as translators link the Chinese edition of a page where there is one.
 */
export function checkLinks({ source, target }: CheckContext): FindingDraft[] {
  return compareTargets(source.links, target.links, normalizeLinkTarget, target.content, 'linkMissing', 'linkExtra');
}

export function checkImages({ source, target }: CheckContext): FindingDraft[] {
  return compareTargets(source.images, target.images, normalizeLinkTarget, target.content, 'imageMissing', 'imageExtra');
}

/** Code is copied, never translated: every code span of the source is in the target, unchanged. */
export function checkInlineCode({ source, target }: CheckContext): FindingDraft[] {
  const unmatched = new Map<string, Located[]>();
  for (const code of target.inlineCode) (unmatched.get(code.value) ?? unmatched.set(code.value, []).get(code.value)!).push(code);
  const missing = source.inlineCode.filter((code) => !unmatched.get(code.value)?.shift());
  // A changed code span is the target's unmatched one; point there when there is one.
  const changed = [...unmatched.values()].flat().sort((first, second) => first.span.start - second.span.start);
  return missing.map((code, index) => ({
    message: 'inlineCodeMissing',
    params: { value: code.value },
    span: changed[index]?.span ?? target.content,
  }));
}

/** Bold and strikethrough carry over; italics do not have to, as Chinese has no italic type. */
export function checkEmphasis({ source, target }: CheckContext): FindingDraft[] {
  const differs = source.emphasis.strong !== target.emphasis.strong || source.emphasis.delete !== target.emphasis.delete;
  return differs ? [{ message: 'emphasisMismatch', span: target.content }] : [];
}

/** The same list items, nesting and kinds (numbered or bulleted). */
export function checkList({ source, target }: CheckContext): FindingDraft[] {
  return source.listShape.join(' ') === target.listShape.join(' ')
    ? []
    : [{ message: 'listMismatch', params: { source: source.listShape.length, target: target.listShape.length }, span: target.content }];
}

export function checkFootnotes({ source, target }: CheckContext): FindingDraft[] {
  const asLocated = (labels: string[]) => labels.map((value) => ({ value, span: target.content }));
  return compareTargets(
    asLocated([...source.footnoteReferences, ...source.footnoteDefinitions.map((label) => `${label}:`)]),
    asLocated([...target.footnoteReferences, ...target.footnoteDefinitions.map((label) => `${label}:`)]),
    (label) => label.toLowerCase(),
    target.content,
    'footnoteMissing',
    'footnoteExtra',
  );
}

const LOCALE_SEGMENT = /\/(?:zh|zh-cn|zh-hans|zh_cn|cn|en|en-us|en_us)(?=\/|$)/gi;
/** Tracking parameters and scroll-to-text fragments: dropping them does not change where a link goes. */
const TRACKING_PARAMETER = /([?&])(?:utm_\w+|usp|ref|amp)(?:=[^&#]*)?(?=&|#|$)/gi;
const FRAGMENT = /#.*$/;
/*
 * A run of `?` and `&`, or of `/`, at the end: the look-behind starts the match where the run starts.
 * Without it, a long run that is not at the end (`???…x`) is retried from each of its characters.
 */
const EMPTY_QUERY = /(?<![?&])[?&]+(?=#|$)/;
const TRAILING_SLASHES = /(?<!\/)\/+$/;

export function normalizeLinkTarget(url: string): string {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return '#';
  return trimmed
    .replace(FRAGMENT, '')
    .replace(TRACKING_PARAMETER, '$1')
    .replace(EMPTY_QUERY, '')
    .replace(LOCALE_SEGMENT, '')
    .replace(TRAILING_SLASHES, '');
}

/** Multiset difference both ways: what the target lacks, and what it has that the source does not. */
function compareTargets(
  sourceItems: Located[],
  targetItems: Located[],
  normalize: (value: string) => string,
  wholeTarget: { start: number; end: number },
  missingMessage: FindingMessage,
  extraMessage: FindingMessage,
): FindingDraft[] {
  const remaining = new Map<string, number>();
  for (const item of sourceItems) remaining.set(normalize(item.value), (remaining.get(normalize(item.value)) ?? 0) + 1);
  const findings: FindingDraft[] = [];
  for (const item of targetItems) {
    const key = normalize(item.value);
    const count = remaining.get(key) ?? 0;
    if (count > 0) remaining.set(key, count - 1);
    else findings.push({ message: extraMessage, params: { value: item.value }, span: item.span });
  }
  for (const item of sourceItems) {
    const key = normalize(item.value);
    const count = remaining.get(key) ?? 0;
    if (count === 0) continue;
    remaining.set(key, count - 1);
    findings.push({ message: missingMessage, params: { value: item.value }, span: wholeTarget });
  }
  return findings;
}
