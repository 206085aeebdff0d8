import { describe, expect, it } from 'vitest';
import { initialEdits, editsReducer } from '@/components/editor/state.ts';
import { bulkApprovalItems, noSelection, reviewReducer, type ReviewAction, type ReviewSelection } from '@/components/editor/use-review-selection.ts';

const run = (...actions: ReviewAction[]): ReviewSelection => actions.reduce(reviewReducer, noSelection);

describe('a reviewer\'s selection', () => {
  it('selects and deselects rows', () => {
    const state = run({ type: 'select', id: 's1', selected: true }, { type: 'select', id: 's2', selected: true }, { type: 'select', id: 's1', selected: false });
    expect([...state.selected]).toEqual(['s2']);
  });

  it('drops a row once it is approved, and changes nothing when it was not selected', () => {
    const selected = run({ type: 'select', id: 's1', selected: true }, { type: 'select', id: 's2', selected: true });
    expect([...reviewReducer(selected, { type: 'approved', id: 's1' }).selected]).toEqual(['s2']);
    expect(reviewReducer(selected, { type: 'approved', id: 's9' })).toBe(selected);
  });

  it('keeps only the refused rows selected after a bulk approval', () => {
    const selected = run({ type: 'select', id: 's1', selected: true }, { type: 'select', id: 's2', selected: true });
    expect([...reviewReducer(selected, { type: 'bulkApproved', refused: ['s2'] }).selected]).toEqual(['s2']);
    expect(reviewReducer(selected, { type: 'bulkApproved', refused: [] }).selected.size).toBe(0);
  });

  it('selects every shown submitted row at once, rendered or not, keeping what was selected', () => {
    const state = run({ type: 'select', id: 's1', selected: true }, { type: 'selectMany', ids: ['s2', 's3', 's1'] });
    expect([...state.selected].toSorted()).toEqual(['s1', 's2', 's3']);
  });

  it('opens one reject form at a time', () => {
    expect(run({ type: 'rejecting', id: 's1', open: true }).rejectingId).toBe('s1');
    expect(run({ type: 'rejecting', id: 's1', open: true }, { type: 'rejecting', id: 's2', open: true }).rejectingId).toBe('s2');
    expect(run({ type: 'rejecting', id: 's1', open: true }, { type: 'rejecting', id: 's2', open: false }).rejectingId).toBeNull();
  });

  it('approves in bulk only what the server has as shown, at the version the reviewer saw', () => {
    const submitted = { text: '译文。', status: 'submitted' as const, version: 4 };
    const edits = editsReducer(
      initialEdits([
        ['s1', submitted],
        ['s2', { ...submitted, version: 7 }],
      ]),
      { type: 'edit', id: 's2', text: '改过的译文。' },
    );
    expect(bulkApprovalItems(['s1', 's2', 'gone'], (id) => edits[id])).toEqual([{ segmentId: 's1', version: 4 }]);
  });
});
