import { FULL_TO_HALF, HALF_TO_FULL, hasCjk, isCjk, isFullwidthPunctuation, isLatin, ATOM } from './characters.ts';
import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';
import { areContiguous, proseSpan, type MarkdownView } from './markdown-view.ts';

const HALFWIDTH_MARK = /[,.;:!?]/g;
const FULLWIDTH_MARK = /[，。；：！？]/g;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|al|Inc|Ltd|Co|Dr|Mr|Mrs|Ms|No|Fig|Eq)$/;
const ELLIPSIS = /\.{3,}|。{3,}|…+/g;
const DASH = /-{2,3}|—+|–|―/g;
const REPEATED = /([！？。，、；：])\1+|[！？]{2,}/g;

/**
 * Full-width punctuation in Chinese, half-width in English. A half-width mark is in Chinese when it
 * follows a Chinese character or a full-width mark ("好！!"), or follows a word and precedes Chinese ("GPT-4, 它"); a full-width
 * mark is in English on a line without any Chinese. A mark touching a letter or digit on its right
 * ("中.NET", "时间:12") is left alone: it is a name, a path or a time, not punctuation.
 */
export function checkPunctuationWidth({ target }: CheckContext): FindingDraft[] {
  const prose = target.prose;
  const findings: FindingDraft[] = [];
  for (const { index } of prose.matchAll(HALFWIDTH_MARK)) {
    const mark = prose[index]!;
    const next = prose[index + 1];
    if (mark === '.' && (prose[index - 1] === '.' || next === '.')) continue;
    if (next !== undefined && /[A-Za-z0-9_/\\\-.,]/.test(next)) continue;
    const hasSpaceBefore = prose[index - 1] === ' ';
    const previous = prose[hasSpaceBefore ? index - 2 : index - 1];
    const nextWord = prose[skipSpaces(prose, index + 1)];
    const afterChinese = isCjk(previous) || (!hasSpaceBefore && previous !== undefined && '！？。，；：'.includes(previous));
    const beforeChinese =
      !hasSpaceBefore &&
      (isLatin(previous) || previous === ATOM || previous === ')') &&
      isCjk(nextWord) &&
      (mark !== '.' || !ABBREVIATION.test(prose.slice(Math.max(0, index - 4), index)));
    if (!afterChinese && !beforeChinese) continue;
    const first = hasSpaceBefore && areContiguous(target, index - 1, index) ? index - 1 : index;
    let last = index;
    while (prose[last + 1] === ' ' && areContiguous(target, last, last + 1)) last++;
    const span = proseSpan(target, first, last);
    findings.push({ message: 'halfwidthInChinese', params: { expected: HALF_TO_FULL[mark]! }, span, fix: { ...span, replacement: HALF_TO_FULL[mark]! } });
  }
  for (const line of lines(prose)) {
    if (hasCjk(line.text) || !/[A-Za-z]/.test(line.text)) continue;
    for (const { index } of line.text.matchAll(FULLWIDTH_MARK)) {
      const at = line.start + index;
      const half = FULL_TO_HALF[prose[at]!]!;
      const replacement = isLatin(prose[at + 1]) && areContiguous(target, at, at + 1) ? `${half} ` : half;
      const span = proseSpan(target, at, at);
      findings.push({ message: 'fullwidthInEnglish', params: { expected: half }, span, fix: { ...span, replacement } });
    }
  }
  return findings;
}

/**
 * Chinese text quotes with “” (「」 is accepted too). Straight quotes around or next to Chinese are
 * replaced in pairs; an unpaired straight quote, or a curly or corner quote that is never closed
 * (or closed without being opened), is reported without a fix.
 */
export function checkQuotes({ target }: CheckContext): FindingDraft[] {
  const prose = target.prose;
  const findings: FindingDraft[] = [];
  for (const line of lines(prose)) {
    const quotes = [...line.text.matchAll(/"/g)].map((match) => line.start + match.index);
    for (let pair = 0; pair < quotes.length; pair += 2) {
      const open = quotes[pair]!;
      const close = quotes[pair + 1];
      if (close === undefined) {
        if (hasCjk(line.text)) findings.push({ message: 'unbalancedQuotes', span: proseSpan(target, open, open) });
        continue;
      }
      const isChinese =
        hasCjk(prose.slice(open + 1, close)) || isCjk(prose[skipSpacesBack(prose, open - 1)]) || isCjk(prose[skipSpaces(prose, close + 1)]);
      if (!isChinese) continue;
      const span = proseSpan(target, open, close);
      const inside = target.text.slice(target.ends[open], target.starts[close]);
      findings.push({ message: 'straightQuotes', span, fix: { ...span, replacement: `“${inside}”` } });
    }
  }
  if (hasCjk(prose)) findings.push(...unbalanced(target, '“', '”'), ...unbalanced(target, '「', '」'), ...unbalanced(target, '『', '』'));
  return findings;
}

/** Ellipsis in Chinese is two U+2026: "……", not "...", "。。。" or a single "…". */
export function checkEllipsis({ target }: CheckContext): FindingDraft[] {
  const prose = target.prose;
  return [...prose.matchAll(ELLIPSIS)]
    .filter(({ 0: text, index }) => {
      if (text[0] === '…' && text.length % 2 === 0) return false;
      return isChineseAround(prose, index, index + text.length - 1, 'either');
    })
    .map(({ 0: text, index }) => {
      const span = proseSpan(target, index, index + text.length - 1);
      return { message: 'ellipsis' as const, span, ...(areContiguous(target, index, index + text.length - 1) ? { fix: { ...span, replacement: '……' } } : {}) };
    });
}

/**
 * The Chinese dash is two em dashes "——" (spaces around it are accepted), not "--", "—" or "–";
 * only between Chinese. A spaced hyphen ("标题 - 说明") is a separator, not a dash, and passes.
 */
export function checkDash({ target }: CheckContext): FindingDraft[] {
  const prose = target.prose;
  return [...prose.matchAll(DASH)]
    .filter(({ 0: text, index }) => text !== '——' && isChineseAround(prose, index, index + text.length - 1, 'both'))
    .map(({ 0: text, index }) => {
      const last = index + text.length - 1;
      const span = proseSpan(target, index, last);
      return { message: 'dash' as const, span, ...(areContiguous(target, index, last) ? { fix: { ...span, replacement: '——' } } : {}) };
    });
}

/** "！！", "？？", "。。": one mark is enough. A run of one mark is collapsed; "？！" mixes are only reported. */
export function checkRepeatedPunctuation({ target }: CheckContext): FindingDraft[] {
  const prose = target.prose;
  return [...prose.matchAll(REPEATED)]
    .filter(({ 0: text }) => !/^。{3,}$/.test(text))
    .map(({ 0: text, index }) => {
      const last = index + text.length - 1;
      const span = proseSpan(target, index, last);
      const isOneMark = [...text].every((mark) => mark === text[0]);
      return { message: 'repeatedPunctuation' as const, span, ...(isOneMark && areContiguous(target, index, last) ? { fix: { ...span, replacement: text[0]! } } : {}) };
    });
}

function unbalanced(target: MarkdownView, opening: string, closing: string): FindingDraft[] {
  const open: number[] = [];
  const stray: number[] = [];
  for (let index = 0; index < target.prose.length; index++) {
    if (target.prose[index] === opening) open.push(index);
    else if (target.prose[index] === closing && open.pop() === undefined) stray.push(index);
  }
  return [...stray, ...open].map((index) => ({ message: 'unbalancedQuotes' as const, span: proseSpan(target, index, index) }));
}

function isChineseAround(prose: string, first: number, last: number, sides: 'either' | 'both'): boolean {
  const chinese = (character: string | undefined) => isCjk(character) || isFullwidthPunctuation(character);
  const before = isCjk(prose[skipSpacesBack(prose, first - 1)]);
  const after = chinese(prose[skipSpaces(prose, last + 1)]);
  return sides === 'both' ? before && after : before || after;
}

function skipSpaces(prose: string, index: number): number {
  let at = index;
  while (prose[at] === ' ') at++;
  return at;
}

function skipSpacesBack(prose: string, index: number): number {
  let at = index;
  while (at >= 0 && prose[at] === ' ') at--;
  return at;
}

function lines(prose: string): Array<{ text: string; start: number }> {
  let start = 0;
  return prose.split('\n').map((text) => {
    const line = { text, start };
    start += text.length + 1;
    return line;
  });
}
