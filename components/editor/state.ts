import type { ServerTranslation } from '@/lib/contracts/editor.ts';
import type { StoredDraft } from './drafts.ts';

/**
 * Where a segment's text stands. `dirty`: typed, not yet sent; `failed`: the server could not be
 * reached and the save will be retried; `refused`: the server said no (e.g. too long), retrying the
 * same text would not help; `conflict`: someone else saved first, the translator must choose.
 */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'refused' | 'conflict';

export type SegmentEdit = {
  /** The translation as the server last confirmed it. Saves are based on `server.version`. */
  server: ServerTranslation;
  /** What is in the editor. Never dropped until the server has it or the translator discards it. */
  draft: string;
  save: SaveState;
  message: string | null;
  /** The newer translation someone else saved, while in conflict. */
  theirs: ServerTranslation | null;
  attempts: number;
};

export type Edits = Readonly<Record<string, SegmentEdit>>;

/**
 * Whether the server has Chinese of this segment's own. An imported segment whose English the
 * translator merged into the paragraph before holds an empty text: it is not translated, and counts
 * and filters as untranslated until someone writes its Chinese (or decides the text before covers it).
 */
export function hasOwnTranslation(server: Pick<ServerTranslation, 'status' | 'text'>): boolean {
  return server.status !== 'untranslated' && server.text.trim() !== '';
}

export type EditAction =
  | { type: 'edit'; id: string; text: string }
  | { type: 'saving'; id: string }
  | { type: 'saved'; id: string; result: ServerTranslation }
  | { type: 'replaced'; id: string; result: ServerTranslation }
  | { type: 'failed'; id: string; message: string; retry: boolean }
  | { type: 'conflict'; id: string; current: ServerTranslation }
  | { type: 'resolve'; id: string; keep: 'theirs' | 'mine' }
  | { type: 'restore'; id: string; stored: StoredDraft };

export function initialEdits(translations: Iterable<[string, ServerTranslation]>): Edits {
  const edits: Record<string, SegmentEdit> = {};
  for (const [id, server] of translations) {
    edits[id] = { server, draft: server.text, save: 'saved', message: null, theirs: null, attempts: 0 };
  }
  return edits;
}

/** Whether the editor holds text the server does not have yet. */
export function isUnsaved(edit: SegmentEdit): boolean {
  return edit.save !== 'saved';
}

function settled(edit: SegmentEdit): SaveState {
  return edit.draft === edit.server.text ? 'saved' : 'dirty';
}

function update(edits: Edits, id: string, change: (edit: SegmentEdit) => SegmentEdit): Edits {
  const edit = edits[id];
  if (!edit) return edits;
  const next = change(edit);
  return next === edit ? edits : { ...edits, [id]: next };
}

export function editsReducer(edits: Edits, action: EditAction): Edits {
  switch (action.type) {
    case 'edit':
      return update(edits, action.id, (edit) => {
        if (edit.draft === action.text) return edit;
        const next = { ...edit, draft: action.text };
        // In conflict the translator keeps typing (that is how they merge) but nothing is sent
        // until they choose; while a save is in flight its answer decides the state.
        if (edit.save === 'conflict' || edit.save === 'saving') return next;
        return { ...next, save: settled(next), message: null };
      });
    case 'saving':
      return update(edits, action.id, (edit) => ({ ...edit, save: 'saving' }));
    case 'saved':
      return update(edits, action.id, (edit) => {
        const next = { ...edit, server: action.result, message: null, attempts: 0 };
        // A status change (submit, keep) can answer while the translator typed on: keep their text.
        return { ...next, save: settled(next) };
      });
    case 'replaced':
      // The server changed the text itself (a revert): the editor shows the new text.
      return update(edits, action.id, (edit) => ({ ...edit, server: action.result, draft: action.result.text, save: 'saved', message: null, theirs: null, attempts: 0 }));
    case 'failed':
      return update(edits, action.id, (edit) => ({
        ...edit,
        save: action.retry ? 'failed' : 'refused',
        message: action.message,
        attempts: edit.attempts + 1,
      }));
    case 'conflict':
      return update(edits, action.id, (edit) =>
        action.current.text === edit.draft
          ? // They saved exactly what we have: nothing to merge.
            { ...edit, server: action.current, save: 'saved', theirs: null, message: null }
          : { ...edit, save: 'conflict', theirs: action.current, message: null },
      );
    case 'resolve':
      return update(edits, action.id, (edit) => {
        if (!edit.theirs) return edit;
        const draft = action.keep === 'theirs' ? edit.theirs.text : edit.draft;
        const next = { ...edit, server: edit.theirs, draft, theirs: null, message: null, attempts: 0 };
        return { ...next, save: settled(next) };
      });
    case 'restore':
      return update(edits, action.id, (edit) => {
        if (action.stored.text === edit.server.text) return edit;
        if (action.stored.version === edit.server.version) {
          return { ...edit, draft: action.stored.text, save: 'dirty' };
        }
        // Saved elsewhere since this text was typed: show both and let the translator choose.
        return { ...edit, draft: action.stored.text, save: 'conflict', theirs: edit.server };
      });
  }
}
