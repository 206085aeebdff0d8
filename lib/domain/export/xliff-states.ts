import type { TranslationStatus } from './article-export.ts';

/**
 * How Duet's statuses travel in XLIFF. Standard states say how far along a translation is for any
 * tool; what they cannot say (rejected, outdated) rides along as a Duet sub-state (2.0 `subState`,
 * 1.2 `state-qualifier`), so a file Duet wrote reads back with the statuses it had.
 *
 * | Duet         | 2.0 state (subState)     | 1.2 target state (state-qualifier)               |
 * | untranslated | initial, no target       | no target                                        |
 * | draft        | initial                  | new                                              |
 * | submitted    | translated               | translated                                       |
 * | rejected     | initial (duet:rejected)  | needs-translation (x-duet-rejected)              |
 * | outdated     | initial (duet:outdated)  | needs-review-translation (x-duet-outdated)       |
 * | approved     | final                    | final, and approved="yes" on the trans-unit      |
 */
export const XLIFF_20_STATES = {
  untranslated: { state: 'initial', subState: null },
  draft: { state: 'initial', subState: null },
  submitted: { state: 'translated', subState: null },
  rejected: { state: 'initial', subState: 'duet:rejected' },
  outdated: { state: 'initial', subState: 'duet:outdated' },
  approved: { state: 'final', subState: null },
} as const satisfies Record<TranslationStatus, { state: string; subState: string | null }>;

export const XLIFF_12_STATES = {
  untranslated: { state: null, qualifier: null },
  draft: { state: 'new', qualifier: null },
  submitted: { state: 'translated', qualifier: null },
  rejected: { state: 'needs-translation', qualifier: 'x-duet-rejected' },
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
  const duetStatus = /^(?:duet:|x-duet-)(rejected|outdated)$/.exec(unit.duetState ?? '')?.[1];
  if (duetStatus === 'rejected' || duetStatus === 'outdated') return duetStatus;
  if (unit.approved || unit.state === 'final') return 'approved';
  if (unit.state === 'translated' || unit.state === 'reviewed' || unit.state === 'signed-off') return 'submitted';
  if (unit.state?.startsWith('needs-review-')) return 'submitted';
  return 'draft';
}
