import { describe, expect, it } from 'vitest';
import { approveAllSkipReason, isBulkSubmittable } from '@/lib/domain/bulk-review.ts';

describe('submit-all', () => {
  it('sends drafts and rejected translations with text, never untranslated, empty, outdated or already decided ones', () => {
    expect(isBulkSubmittable({ text: '译文', status: 'draft' })).toBe(true);
    expect(isBulkSubmittable({ text: '译文', status: 'rejected' })).toBe(true);
    expect(isBulkSubmittable({ text: ' \n', status: 'draft' })).toBe(false);
    expect(isBulkSubmittable({ text: '', status: 'untranslated' })).toBe(false);
    expect(isBulkSubmittable({ text: '译文', status: 'outdated' })).toBe(false);
    expect(isBulkSubmittable({ text: '译文', status: 'submitted' })).toBe(false);
    expect(isBulkSubmittable({ text: '译文', status: 'approved' })).toBe(false);
  });
});

describe('approve-all', () => {
  const clean = { writer: 'mei', reviewer: 'lin', selfApprove: false, unwaivedErrors: 0 };
  it('approves someone else\'s clean text', () => {
    expect(approveAllSkipReason(clean)).toBeNull();
    expect(approveAllSkipReason({ ...clean, writer: null })).toBeNull();
  });
  it('skips the reviewer\'s own text unless self-approval is on', () => {
    expect(approveAllSkipReason({ ...clean, writer: 'lin' })).toBe('own_text');
    expect(approveAllSkipReason({ ...clean, writer: 'lin', selfApprove: true })).toBeNull();
  });
  it('skips text with an error nobody fixed or waived', () => {
    expect(approveAllSkipReason({ ...clean, unwaivedErrors: 2 })).toBe('quality_error');
  });
});
