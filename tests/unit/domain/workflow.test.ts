import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@/lib/domain/permissions.ts';
import { nextStatus, translationStatuses, workflowEvents, type TranslationStatus, type WorkflowEvent } from '@/lib/domain/workflow.ts';

/** Every (status, event) pair written out for a reviewer, who may do everything but source changes. */
const expectedForReviewer: Record<WorkflowEvent, Partial<Record<TranslationStatus, TranslationStatus>>> = {
  save: { untranslated: 'draft', draft: 'draft', submitted: 'draft', approved: 'draft', rejected: 'draft', outdated: 'draft' },
  submit: { draft: 'submitted', rejected: 'submitted', outdated: 'submitted' },
  approve: { submitted: 'approved' },
  reject: { submitted: 'rejected' },
  review_edit: { submitted: 'submitted' },
  keep: { outdated: 'submitted' },
  source_change: { draft: 'outdated', submitted: 'outdated', approved: 'outdated', rejected: 'outdated', outdated: 'outdated' },
};

describe('the translation workflow', () => {
  for (const event of workflowEvents) {
    for (const from of translationStatuses) {
      const to = expectedForReviewer[event][from];
      it(`${event} from ${from}: ${to ?? 'refused'}`, () => {
        expect(nextStatus(from, event, { role: 'reviewer' })).toEqual(to ? { ok: true, to } : { ok: false, reason: 'invalid_from' });
      });
    }
  }

  const refused: Array<[Role | null, WorkflowEvent]> = [
    ['translator', 'approve'],
    ['translator', 'reject'],
    ['translator', 'review_edit'],
    ['translator', 'source_change'],
    [null, 'save'],
  ];
  it.each(refused)('does not let a %s %s', (role, event) => {
    expect(nextStatus('submitted', event, role ? { role } : null)).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('lets every role save and submit', () => {
    for (const role of roles) {
      expect(nextStatus('draft', 'save', { role })).toEqual({ ok: true, to: 'draft' });
      expect(nextStatus('draft', 'submit', { role })).toEqual({ ok: true, to: 'submitted' });
    }
  });
});
