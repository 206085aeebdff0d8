import type { TranslationStatus } from './article-export.ts';

/**
 * How Duet's statuses travel in XLIFF. Standard states say how far along a translation is for any
 * tool; what they cannot say (rejected, outdated) rides along as a Duet sub-state (2.0 `subState`,
 * 1.2 `state-qualifier`), so a file Duet wrote reads back with the statuses it had.
 *
 * An existing translation is never `new` or `initial`: the CAT tool should offer it as done work.
 *
 * | Duet         | 2.0 state (subState)        | 1.2 target state (state-qualifier)               |
 * | untranslated | initial, no target          | no target, or a copy of the source marked        |
 * |              |                             | needs-translation (`untranslated=source`)        |
 * | draft        | translated (duet:draft)     | translated (x-duet-draft)                        |
 * | submitted    | translated                  | translated                                       |
 * | rejected     | translated (duet:rejected)  | needs-review-translation (x-duet-rejected)       |
 * | outdated     | translated (duet:outdated)  | needs-review-translation (x-duet-outdated)       |
 * | approved     | final                       | final, and approved="yes" on the trans-unit      |
 */
export const XLIFF_20_STATES = {
  untranslated: { state: 'initial', subState: null },
  draft: { state: 'translated', subState: 'duet:draft' },
  submitted: { state: 'translated', subState: null },
  rejected: { state: 'translated', subState: 'duet:rejected' },
  outdated: { state: 'translated', subState: 'duet:outdated' },
  approved: { state: 'final', subState: null },
} as const satisfies Record<TranslationStatus, { state: string; subState: string | null }>;

export const XLIFF_12_STATES = {
  untranslated: { state: null, qualifier: null },
  draft: { state: 'translated', qualifier: 'x-duet-draft' },
  submitted: { state: 'translated', qualifier: null },
  rejected: { state: 'needs-review-translation', qualifier: 'x-duet-rejected' },
  outdated: { state: 'needs-review-translation', qualifier: 'x-duet-outdated' },
  approved: { state: 'final', qualifier: null },
} as const satisfies Record<TranslationStatus, { state: string | null; qualifier: string | null }>;

/**
 * The status a unit read from XLIFF gets. Files from other tools use standard states only: `final`
 * (or 1.2 `approved="yes"`) means approved; reviewed, signed-off, translated and needs-review mean
 * waiting for a Duet review; anything else with a target is a draft.
 */
export function statusFromXliff(unit: {
  hasTarget: boolean;
  state: string | null;
  duetState: string | null;
  approved?: boolean;
}): TranslationStatus {
  if (!unit.hasTarget) return 'untranslated';
  const duetStatus = /^(?:duet:|x-duet-)(draft|rejected|outdated)$/.exec(unit.duetState ?? '')?.[1];
  if (duetStatus === 'draft' || duetStatus === 'rejected' || duetStatus === 'outdated') return duetStatus;
  if (unit.approved || unit.state === 'final') return 'approved';
  if (unit.state === 'translated' || unit.state === 'reviewed' || unit.state === 'signed-off') return 'submitted';
  if (unit.state?.startsWith('needs-review-')) return 'submitted';
  return 'draft';
}
