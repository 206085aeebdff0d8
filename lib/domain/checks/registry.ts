import type { qualityEn } from '@/lib/i18n/messages/features/quality.ts';
import type { Check } from './check.ts';
import { checkEmpty, checkLeftoverEnglish, checkUntranslated, checkUrls } from './content-checks.ts';
import type { CheckId } from './finding.ts';
import { checkForbiddenTerms, checkMissingTerms } from './glossary.ts';
import { checkEmphasis, checkFootnotes, checkImages, checkInlineCode, checkLinks, checkList } from './markdown-parity.ts';
import { checkNumbers } from './numbers.ts';
import { checkDash, checkEllipsis, checkPunctuationWidth, checkQuotes, checkRepeatedPunctuation } from './typography-punctuation.ts';
import { checkCjkLatinSpace, checkFullwidthSpace } from './typography-spacing.ts';

/**
 * Every check, in the order findings are listed. Errors block publishing (a reviewer can waive one);
 * warnings inform. Missing content and broken Markdown are errors; style is a warning.
 */
export const CHECKS = [
  { id: 'empty', severity: 'error', run: checkEmpty },
  { id: 'untranslated', severity: 'error', run: checkUntranslated },
  { id: 'leftover-english', severity: 'warning', run: checkLeftoverEnglish },
  { id: 'markdown.links', severity: 'error', run: checkLinks },
  { id: 'markdown.images', severity: 'error', run: checkImages },
  { id: 'markdown.inline-code', severity: 'error', run: checkInlineCode },
  { id: 'markdown.emphasis', severity: 'warning', run: checkEmphasis },
  { id: 'markdown.list', severity: 'error', run: checkList },
  { id: 'markdown.footnotes', severity: 'error', run: checkFootnotes },
  { id: 'numbers', severity: 'error', run: checkNumbers },
  { id: 'urls', severity: 'error', run: checkUrls },
  { id: 'typography.cjk-latin-space', severity: 'warning', run: checkCjkLatinSpace },
  { id: 'typography.fullwidth-space', severity: 'warning', run: checkFullwidthSpace },
  { id: 'typography.punctuation-width', severity: 'warning', run: checkPunctuationWidth },
  { id: 'typography.quotes', severity: 'warning', run: checkQuotes },
  { id: 'typography.ellipsis', severity: 'warning', run: checkEllipsis },
  { id: 'typography.dash', severity: 'warning', run: checkDash },
  { id: 'typography.repeated-punctuation', severity: 'warning', run: checkRepeatedPunctuation },
  { id: 'glossary.missing-term', severity: 'warning', run: checkMissingTerms },
  { id: 'glossary.forbidden-term', severity: 'error', run: checkForbiddenTerms },
] as const satisfies readonly Check[];

export { checkMessageKey } from './finding.ts';
