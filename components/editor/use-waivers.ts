'use client';

import { useCallback, useState } from 'react';
import type { EditorSegment, Waiver } from '@/lib/contracts/editor.ts';
import type { CheckId } from '@/lib/domain/checks/finding.ts';
import { editorApi } from './api.ts';
import type { EditsApi } from './use-edits.ts';

/** Each segment's waivers and the version of its translation they hold for: an edit makes them lapse. */
export type Waivers = ReadonlyMap<string, { version: number; list: readonly Waiver[] }>;

export function initialWaivers(segments: readonly EditorSegment[]): Waivers {
  return new Map(segments.map((segment) => [segment.id, { version: segment.translation.version, list: segment.waivers }]));
}

/** Adds a waiver given on `version`, replacing one for the same check; waivers of an older version lapse. */
export function withWaiver(waivers: Waivers, id: string, version: number, waiver: Waiver): Waivers {
  const entry = waivers.get(id);
  const kept = entry && entry.version === version ? entry.list.filter((other) => other.checkId !== waiver.checkId) : [];
  return new Map(waivers).set(id, { version, list: [...kept, waiver] });
}

// The same empty list every time, so memoized rows without waivers do not re-render.
const none: readonly Waiver[] = [];

/** The waivers that hold for the segment's translation at `version`. */
export function waiversAt(waivers: Waivers, id: string, version: number | undefined): readonly Waiver[] {
  const entry = waivers.get(id);
  return entry && entry.version === version && entry.list.length > 0 ? entry.list : none;
}

/** A reviewer accepting a check's error on the current version of a translation. */
export function useWaivers(segments: readonly EditorSegment[], edits: Pick<EditsApi, 'current' | 'flush'>) {
  const [waivers, setWaivers] = useState(() => initialWaivers(segments));
  const { current, flush } = edits;

  /** Waives the check on the version the server has (saving typed text first); the error message, or null. */
  const waive = useCallback(
    async (id: string, checkId: CheckId, reason: string): Promise<string | null> => {
      const edit = current(id);
      if (!edit) return null;
      if (edit.save !== 'saved') await flush(id);
      const version = current(id)?.server.version ?? edit.server.version;
      const outcome = await editorApi.waive(id, { checkId, reason }, version);
      if (outcome.kind !== 'ok') return outcome.message;
      setWaivers((all) => withWaiver(all, id, version, outcome.data));
      return null;
    },
    [current, flush],
  );

  return { waivers, waive };
}
