import type { TranslationStatus } from './workflow.ts';

/*
 * The rules of the bulk decisions: which translations "submit all" sends for review, and which
 * submitted translations "approve all" leaves for a person to look at, and why.
 */

/**
 * Whether submit-all sends this translation for review. Only drafts and rejected translations with
 * text go: an untranslated segment has nothing to send, and an outdated one waits for its translator
 * to compare it with the changed English (keep or edit it, one by one).
 */
export function isBulkSubmittable(translation: { text: string; status: TranslationStatus }): boolean {
  return (translation.status === 'draft' || translation.status === 'rejected') && translation.text.trim() !== '';
}

export type ApproveAllSkipReason = 'own_text' | 'quality_error';

/**
 * Why approve-all leaves a submitted translation for a person, or null to approve it: the reviewer
 * wrote its text (unless self-approval is on), or a quality check reports an error nobody fixed or waived.
 */
export function approveAllSkipReason<A>(input: { writer: A | null; reviewer: A; selfApprove: boolean; unwaivedErrors: number }): ApproveAllSkipReason | null {
  if (input.writer !== null && input.writer === input.reviewer && !input.selfApprove) return 'own_text';
  if (input.unwaivedErrors > 0) return 'quality_error';
  return null;
}
