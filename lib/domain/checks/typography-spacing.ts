import { CJK, isCjk, isLatin, isUnspacedPunctuation, LATIN } from './characters.ts';
import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';
import { areContiguous, insertionPoint, proseSpan } from './markdown-view.ts';

/** Chinese then Latin, or Latin (or a per cent or degree sign after a number) then Chinese. */
const MISSING_SPACE = new RegExp(`(?=[${CJK}][${LATIN}]|[${LATIN}%°][${CJK}])`, 'g');
const SPACES = /[ \u3000]+/g;

/**
 * A space between Chinese and Latin letters or digits ("在 2024 年使用 Rust"). The space goes
 * outside any markup between them, so `中文**English**` becomes `中文 **English**`. Code spans,
 * links' URLs and math count as neither side: whether to space around them is left to the writer.
 */
export function checkCjkLatinSpace({ target }: CheckContext): FindingDraft[] {
  return [...target.prose.matchAll(MISSING_SPACE)].map(({ index }) => {
    const point = insertionPoint(target, index);
    return {
      message: 'cjkLatinSpace',
      span: proseSpan(target, index, index + 1),
      fix: { start: point, end: point, replacement: ' ' },
    };
  });
}

/**
 * No space next to full-width punctuation ("中文 ，" and "， 中文"), and no ideographic space
 * (U+3000) used as a space. Only spaces that sit in plain text are reported: a space between
 * emphasis markup and punctuation can be what makes the emphasis parse, so it stays.
 */
export function checkFullwidthSpace({ target }: CheckContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const match of target.prose.matchAll(SPACES)) {
    const first = match.index;
    const last = first + match[0].length - 1;
    const before = target.prose[first - 1];
    const after = target.prose[last + 1];
    if (before === undefined || after === undefined || before === '\n' || after === '\n') continue;
    const span = proseSpan(target, first, last);
    if ((isUnspacedPunctuation(before) || isUnspacedPunctuation(after)) && areContiguous(target, first - 1, last + 1)) {
      findings.push({ message: 'spaceNextToFullwidth', span, fix: { ...span, replacement: '' } });
    } else if (match[0].includes('\u3000')) {
      const betweenScripts = (isCjk(before) && isLatin(after)) || (isLatin(before) && isCjk(after));
      findings.push({ message: 'ideographicSpace', span, ...(betweenScripts ? { fix: { ...span, replacement: ' ' } } : {}) });
    }
  }
  return findings;
}
