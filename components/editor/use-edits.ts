'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ServerTranslation } from '@/lib/contracts/editor.ts';
import { editorApi, type ApiOutcome } from './api.ts';
import { clearDraft, readDrafts, storeDraft } from './drafts.ts';
import { editsReducer, initialEdits, isUnsaved, type EditAction, type Edits, type SegmentEdit } from './state.ts';

/** Autosave after this long without typing; leaving a segment saves at once. */
export const AUTOSAVE_DELAY_MS = 1200;
const RETRY_DELAYS_MS = [2000, 4000, 8000, 15000, 30000];

export type EditsApi = {
  edits: Edits;
  edit(id: string, text: string): void;
  /** Saves now if there is anything to save; resolves when the server has answered. */
  flush(id: string): Promise<void>;
  resolve(id: string, keep: 'theirs' | 'mine'): void;
  /** A status change (submit, keep, revert) bound to the current version; saves pending text first. */
  transition(id: string, call: (version: number) => Promise<ApiOutcome<ServerTranslation>>, options?: { replacesText?: boolean }): Promise<string | null>;
  /** Takes the server's answer to a request made outside this hook (e.g. a bulk approval). */
  settle(id: string, outcome: { current: ServerTranslation; conflict: boolean }): void;
  /** The segment's edit state right now, including changes not rendered yet. */
  current(id: string): SegmentEdit | undefined;
  /** An input method is composing in the segment (true) or has finished (false): no autosave in between. */
  composing(id: string, composing: boolean): void;
};

/**
 * The editor's translations and everything that keeps them safe: debounced autosave, saving on
 * leave, drafts in localStorage, retries when offline, and conflicts when someone else saved.
 */
export function useEdits(translations: ReadonlyArray<[string, ServerTranslation]>, options: { reviewer: boolean }): EditsApi {
  const { reviewer } = options;
  const [edits, dispatchToReact] = useReducer(editsReducer, translations, initialEdits);
  // The same reducer applied at once, so code running between renders (after an await) sees the
  // outcome of what it just dispatched; React's state follows with the same actions in order.
  const editsRef = useRef(edits);
  const dispatch = useCallback((action: EditAction) => {
    editsRef.current = editsReducer(editsRef.current, action);
    dispatchToReact(action);
  }, []);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<string, Promise<void>>());

  const cancelTimer = useCallback((id: string) => {
    const timer = timers.current.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const saveNow = useCallback(
    async (id: string): Promise<void> => {
      cancelTimer(id);
      const running = inFlight.current.get(id);
      if (running) {
        await running;
        return saveNow(id);
      }
      const edit = editsRef.current[id];
      if (!edit || (edit.save !== 'dirty' && edit.save !== 'failed')) return;
      const text = edit.draft;
      dispatch({ type: 'saving', id });
      const request = (async () => {
        // A reviewer changing a submitted translation makes a review edit: it stays submitted and
        // the translator is shown what changed.
        const outcome =
          reviewer && edit.server.status === 'submitted'
            ? await editorApi.reviewEdit(id, text, edit.server.version)
            : await editorApi.save(id, text, edit.server.version);
        if (outcome.kind === 'ok') {
          dispatch({ type: 'saved', id, result: outcome.data });
          if (editsRef.current[id]?.draft === text) clearDraft(id);
        } else if (outcome.kind === 'conflict') {
          dispatch({ type: 'conflict', id, current: outcome.current });
        } else {
          dispatch({ type: 'failed', id, message: outcome.message, retry: outcome.kind === 'unreachable' });
        }
      })();
      inFlight.current.set(id, request);
      try {
        await request;
      } finally {
        inFlight.current.delete(id);
      }
    },
    [cancelTimer, dispatch, reviewer],
  );

  // Segments where an input method is composing: what is typed there is not a word yet ("an'pai").
  const composingIds = useRef(new Set<string>());
  const schedule = useCallback(
    (id: string, delay: number) => {
      cancelTimer(id);
      if (composingIds.current.has(id)) return;
      timers.current.set(
        id,
        setTimeout(() => void saveNow(id), delay),
      );
    },
    [cancelTimer, saveNow],
  );

  // React to every state change: store unsaved text, autosave typed text, retry failed saves.
  const previous = useRef(edits);
  useEffect(() => {
    const before = previous.current;
    previous.current = edits;
    for (const [id, edit] of Object.entries(edits)) {
      if (before[id] === edit) continue;
      if (edit.save === 'saved') {
        clearDraft(id);
        continue;
      }
      if (before[id]?.draft !== edit.draft || before[id]?.server.version !== edit.server.version) {
        storeDraft(id, edit.draft, edit.server.version);
      }
      if (edit.save === 'dirty' && (before[id]?.draft !== edit.draft || before[id]?.save !== 'dirty')) {
        schedule(id, before[id]?.save === 'saving' ? 0 : AUTOSAVE_DELAY_MS);
      }
      if (edit.save === 'failed' && before[id]?.save !== 'failed') {
        schedule(id, RETRY_DELAYS_MS[Math.min(edit.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 2000);
      }
    }
  }, [edits, schedule]);

  // Text typed in an earlier visit that never reached the server.
  useEffect(() => {
    for (const [id, stored] of readDrafts(Object.keys(editsRef.current))) dispatch({ type: 'restore', id, stored });
  }, [dispatch]);

  // Back online: retry now rather than waiting for the backoff.
  useEffect(() => {
    const retryAll = () => {
      for (const [id, edit] of Object.entries(editsRef.current)) if (edit.save === 'failed') void saveNow(id);
    };
    window.addEventListener('online', retryAll);
    return () => window.removeEventListener('online', retryAll);
  }, [saveNow]);

  // Leaving the page with unsent text: try to send it, and ask the browser to confirm.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      const unsaved = Object.entries(editsRef.current).filter(([, edit]) => isUnsaved(edit));
      if (unsaved.length === 0) return;
      for (const [id] of unsaved) void saveNow(id);
      event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [saveNow]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const edit = useCallback((id: string, text: string) => dispatch({ type: 'edit', id, text }), [dispatch]);
  const composing = useCallback(
    (id: string, active: boolean) => {
      if (active) {
        composingIds.current.add(id);
        cancelTimer(id);
        return;
      }
      composingIds.current.delete(id);
      const save = editsRef.current[id]?.save;
      if (save === 'dirty' || save === 'failed') schedule(id, AUTOSAVE_DELAY_MS);
    },
    [cancelTimer, schedule],
  );
  const resolve = useCallback((id: string, keep: 'theirs' | 'mine') => dispatch({ type: 'resolve', id, keep }), [dispatch]);
  const current = useCallback((id: string) => editsRef.current[id], []);
  const settle = useCallback(
    (id: string, outcome: { current: ServerTranslation; conflict: boolean }) =>
      dispatch(outcome.conflict ? { type: 'conflict', id, current: outcome.current } : { type: 'saved', id, result: outcome.current }),
    [dispatch],
  );

  const transition = useCallback(
    async (id: string, call: (version: number) => Promise<ApiOutcome<ServerTranslation>>, options?: { replacesText?: boolean }): Promise<string | null> => {
      await saveNow(id);
      const edit = editsRef.current[id];
      if (!edit) return null;
      if (edit.save !== 'saved') return edit.save === 'conflict' ? null : (edit.message ?? null);
      const outcome = await call(edit.server.version);
      if (outcome.kind === 'ok') {
        dispatch({ type: options?.replacesText ? 'replaced' : 'saved', id, result: outcome.data });
        return null;
      }
      if (outcome.kind === 'conflict') {
        dispatch({ type: 'conflict', id, current: outcome.current });
        return null;
      }
      return outcome.message;
    },
    [saveNow, dispatch],
  );

  return { edits, edit, flush: saveNow, resolve, transition, current, settle, composing };
}
