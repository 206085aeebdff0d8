import type { qualityEn } from '@/lib/i18n/messages/features/quality.ts';
import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';

export type Severity = 'error' | 'warning';

/** A UTF-16 range of the target text, `end` exclusive (the way JavaScript strings and the editor count). */
export interface Span {
  start: number;
  end: number;
}

/** Replacing `target.slice(start, end)` with `replacement` resolves the finding. */
export interface Fix extends Span {
  replacement: string;
}

/** The explanation of a finding: shown with `t(\`quality.findings.${message}\`, params)`. */
export type FindingMessage = keyof typeof qualityEn.findings;

export interface Finding {
  checkId: CheckId;
  severity: Severity;
  message: FindingMessage;
  params?: Record<string, string | number>;
  span: Span;
  /** Only where applying it cannot be wrong; everything else is for the translator to decide. */
  fix?: Fix;
}

/** What a check reports; the registry adds the check's id and severity. */
export type FindingDraft = Omit<Finding, 'checkId' | 'severity'>;

export interface GlossaryTerm {
  source: string;
  target: string;
  status: 'preferred' | 'forbidden';
}

export interface CheckInput {
  source: string;
  target: string;
  glossary?: readonly GlossaryTerm[];
  /** The segment's kind, when known: front matter is YAML, and code, HTML and math are not checked. */
  kind?: SegmentKind;
}

/** Stable ids: stored with waivers and used by tools, so renaming one is a breaking change. */
export const CHECK_IDS = [
  'empty',
  'untranslated',
  'leftover-english',
  'markdown.links',
  'markdown.images',
  'markdown.inline-code',
  'markdown.emphasis',
  'markdown.list',
  'markdown.footnotes',
  'numbers',
  'urls',
  'typography.cjk-latin-space',
  'typography.fullwidth-space',
  'typography.punctuation-width',
  'typography.quotes',
  'typography.ellipsis',
  'typography.dash',
  'typography.repeated-punctuation',
  'glossary.missing-term',
  'glossary.forbidden-term',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** `quality.checks.<key>` holds each check's name and explanation for people. */
export function checkMessageKey(id: CheckId): keyof typeof qualityEn.checks {
  return id.replace(/[.-](\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof typeof qualityEn.checks;
}
