/*
 * Unsaved text lives in localStorage until the server has it, so a closed tab, a crash or a lost
 * connection never loses a word. One key per segment; the value remembers the version the text was
 * based on, which decides on the next visit whether it can simply be saved or must be merged.
 */

const PREFIX = 'duet:draft:';

export type StoredDraft = { text: string; baseVersion: number; at: number };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function storeDraft(segmentId: string, text: string, baseVersion: number): void {
  try {
    storage()?.setItem(PREFIX + segmentId, JSON.stringify({ text, baseVersion, at: Date.now() } satisfies StoredDraft));
  } catch {
    // Quota exceeded: the text is still in memory and the save is still being retried.
  }
}

export function clearDraft(segmentId: string): void {
  storage()?.removeItem(PREFIX + segmentId);
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return typeof draft.text === 'string' && typeof draft.baseVersion === 'number' && typeof draft.at === 'number';
}

/** The stored drafts of the given segments. */
export function readDrafts(segmentIds: Iterable<string>): Map<string, StoredDraft> {
  const found = new Map<string, StoredDraft>();
  const store = storage();
  if (!store) return found;
  for (const id of segmentIds) {
    const raw = store.getItem(PREFIX + id);
    if (raw === null) continue;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStoredDraft(parsed)) found.set(id, parsed);
    } catch {
      store.removeItem(PREFIX + id);
    }
  }
  return found;
}
