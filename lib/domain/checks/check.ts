import type { CheckId, FindingDraft, GlossaryTerm, Severity } from './finding.ts';
import type { MarkdownView } from './markdown-view.ts';

export interface CheckContext {
  source: MarkdownView;
  target: MarkdownView;
  glossary: readonly GlossaryTerm[];
}

export interface Check {
  id: CheckId;
  severity: Severity;
  run(context: CheckContext): FindingDraft[];
}
