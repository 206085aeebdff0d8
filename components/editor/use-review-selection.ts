'use client';

import { useCallback, useReducer } from 'react';
import { maxBulkApprove } from '@/lib/validation/reviews.ts';
import { editorApi, type Rejection } from './api.ts';
import type { SegmentEdit } from './state.ts';
import type { EditsApi } from './use-edits.ts';

/** A reviewer's rows chosen for bulk approval, and the one row whose reject form is open. */
export type ReviewSelection = { selected: ReadonlySet<string>; rejectingId: string | null };

export type ReviewAction =
  | { type: 'select'; id: string; selected: boolean }
  /** "Select shown": every submitted row the filter shows, rendered or not. */
  | { type: 'selectMany'; ids: readonly string[] }
  | { type: 'approved'; id: string }
  /** A bulk approval came back: what was refused stays selected, to try again. */
  | { type: 'bulkApproved'; refused: readonly string[] }
  | { type: 'rejecting'; id: string; open: boolean };

export const noSelection: ReviewSelection = { selected: new Set(), rejectingId: null };

export function reviewReducer(state: ReviewSelection, action: ReviewAction): ReviewSelection {
  switch (action.type) {
    case 'select': {
      const selected = new Set(state.selected);
      if (action.selected) selected.add(action.id);
      else selected.delete(action.id);
      return { ...state, selected };
    }
    case 'selectMany':
      return { ...state, selected: new Set([...state.selected, ...action.ids]) };
    case 'approved':
      return state.selected.has(action.id) ? { ...state, selected: new Set([...state.selected].filter((id) => id !== action.id)) } : state;
    case 'bulkApproved':
      return { ...state, selected: new Set(action.refused) };
    case 'rejecting':
      // One reject form at a time: closing any closes the open one.
      return { ...state, rejectingId: action.open ? action.id : null };
  }
}

/** What a bulk approval sends: the selected translations the server has as shown, each at the version the reviewer saw. */
export function bulkApprovalItems(selected: Iterable<string>, current: (id: string) => SegmentEdit | undefined): Array<{ segmentId: string; version: number }> {
  return [...selected].flatMap((segmentId) => {
    const edit = current(segmentId);
    return edit && edit.save === 'saved' ? [{ segmentId, version: edit.server.version }] : [];
  });
}

// One object per combination, so memoized rows re-render only when their own review state changes.
const reviewStates = new Map<string, { selected: boolean; rejecting: boolean }>();
function reviewStateOf(id: string, { selected, rejectingId }: ReviewSelection) {
  const key = `${selected.has(id) ? 1 : 0}${rejectingId === id ? 1 : 0}`;
  let state = reviewStates.get(key);
  if (!state) {
    state = { selected: selected.has(id), rejecting: rejectingId === id };
    reviewStates.set(key, state);
  }
  return state;
}

/** A reviewer's decisions: approve or reject one translation, or approve a selection at once. */
export function useReviewSelection(edits: Pick<EditsApi, 'transition' | 'current' | 'settle'>, setNotice: (id: string, message: string | null) => void) {
  const [selection, dispatch] = useReducer(reviewReducer, noSelection);
  const { transition, current, settle } = edits;

  const approve = useCallback(
    async (id: string) => {
      const problem = await transition(id, (version) => editorApi.approve(id, version));
      setNotice(id, problem);
      if (!problem) dispatch({ type: 'approved', id });
      return problem === null;
    },
    [transition, setNotice],
  );

  const reject = useCallback(
    async (id: string, rejection: Rejection) => {
      const problem = await transition(id, (version) => editorApi.reject(id, rejection, version));
      if (!problem) setNotice(id, null);
      return problem;
    },
    [transition, setNotice],
  );

  const approveSelected = async () => {
    const items = bulkApprovalItems(selection.selected, current);
    const refused: string[] = [];
    // The endpoint takes a bounded list: a large selection goes in several requests.
    for (let start = 0; start < items.length; start += maxBulkApprove) {
      const chunk = items.slice(start, start + maxBulkApprove);
      const outcome = await editorApi.bulkApprove(chunk);
      if (outcome.kind !== 'ok') {
        for (const item of chunk) setNotice(item.segmentId, outcome.message);
        refused.push(...chunk.map((item) => item.segmentId));
        continue;
      }
      for (const { segmentId, version } of outcome.data.approved) {
        const edit = current(segmentId);
        if (edit) settle(segmentId, { current: { text: edit.server.text, status: 'approved', version }, conflict: false });
        setNotice(segmentId, null);
      }
      for (const refusal of outcome.data.refused) {
        if (refusal.current) settle(refusal.segmentId, { current: refusal.current, conflict: true });
        else setNotice(refusal.segmentId, refusal.message);
      }
      refused.push(...outcome.data.refused.map((refusal) => refusal.segmentId));
    }
    if (items.length > 0) dispatch({ type: 'bulkApproved', refused });
  };

  const select = useCallback((id: string, selected: boolean) => dispatch({ type: 'select', id, selected }), []);
  const selectMany = useCallback((ids: readonly string[]) => dispatch({ type: 'selectMany', ids }), []);
  const setRejecting = useCallback((id: string, open: boolean) => dispatch({ type: 'rejecting', id, open }), []);
  const reviewOf = (id: string) => reviewStateOf(id, selection);

  return { selectedCount: selection.selected.size, reviewOf, select, selectMany, setRejecting, approve, reject, approveSelected };
}
