import { z } from 'zod';

/*
 * Unsaved text lives in localStorage until the server has it, so a closed tab, a crash or a lost
 * connection never loses a word. One key per segment; the value remembers the version the text was
 * based on, which decides on the next visit whether it can simply be saved or must be merged.
 */

const PREFIX = 'duet:draft:';

/**
 * As stored. The field names are data in translators' browsers (drafts outlive a deploy): the
 * version is stored as `baseVersion`, and read back as `version`.
 */
const storedDraftSchema = z
  .object({ text: z.string(), baseVersion: z.number(), at: z.number() })
  .transform(({ text, baseVersion, at }) => ({ text, version: baseVersion, at }));

export type StoredDraft = z.output<typeof storedDraftSchema>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function storeDraft(segmentId: string, text: string, version: number): void {
  try {
    storage()?.setItem(PREFIX + segmentId, JSON.stringify({ text, baseVersion: version, at: Date.now() } satisfies z.input<typeof storedDraftSchema>));
  } catch {
    // Quota exceeded: the text is still in memory and the save is still being retried.
  }
}

export function clearDraft(segmentId: string): void {
  storage()?.removeItem(PREFIX + segmentId);
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
      const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
      if (parsed.success) found.set(id, parsed.data);
    } catch {
      store.removeItem(PREFIX + id);
    }
  }
  return found;
}
