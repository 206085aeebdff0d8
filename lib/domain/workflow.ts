import { can, type Actor, type Permission } from './permissions.ts';

/** Mirrors the database enum `TranslationStatus`. */
export const translationStatuses = ['untranslated', 'draft', 'submitted', 'approved', 'rejected', 'outdated'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

export const workflowEvents = ['save', 'submit', 'approve', 'reject', 'review_edit', 'keep', 'source_change'] as const;
export type WorkflowEvent = (typeof workflowEvents)[number];

type Transition = { from: readonly TranslationStatus[]; to: TranslationStatus; permission: Permission };

/**
 * The translation workflow as data. Saving always makes a draft (an edited approval needs review
 * again); `keep` says an outdated translation still fits its changed source, which a reviewer
 * must confirm; a source change marks any existing translation outdated. A reviewer's direct edit
 * of a submitted translation stays submitted: the edited text still needs an approval, which the
 * self-approval rule may reserve for another reviewer.
 */
export const transitions = {
  save: { from: translationStatuses, to: 'draft', permission: 'translations:edit' },
  submit: { from: ['draft', 'rejected', 'outdated'], to: 'submitted', permission: 'translations:edit' },
  approve: { from: ['submitted'], to: 'approved', permission: 'translations:review' },
  reject: { from: ['submitted'], to: 'rejected', permission: 'translations:review' },
  review_edit: { from: ['submitted'], to: 'submitted', permission: 'translations:review' },
  keep: { from: ['outdated'], to: 'submitted', permission: 'translations:edit' },
  source_change: { from: ['draft', 'submitted', 'approved', 'rejected', 'outdated'], to: 'outdated', permission: 'articles:import' },
} as const satisfies Record<WorkflowEvent, Transition>;

export type TransitionResult =
  | { ok: true; to: TranslationStatus }
  | { ok: false; reason: 'not_allowed' | 'invalid_from' };

/** Where `event` takes a translation in status `from`, if this actor may do it. */
export function nextStatus(from: TranslationStatus, event: WorkflowEvent, actor: Actor): TransitionResult {
  const transition: Transition = transitions[event];
  if (!can(actor, transition.permission)) return { ok: false, reason: 'not_allowed' };
  if (!transition.from.includes(from)) return { ok: false, reason: 'invalid_from' };
  return { ok: true, to: transition.to };
}
