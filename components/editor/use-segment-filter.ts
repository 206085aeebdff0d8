'use client';

import { useMemo, useState } from 'react';
import type { EditorSegment } from '@/lib/contracts/editor.ts';
import { idsMatchingFilter, type EditorFilter, type FindingCounts } from './filters.ts';
import type { Edits } from './state.ts';

type Options = {
  segments: readonly EditorSegment[];
  byId: ReadonlyMap<string, EditorSegment>;
  edits: Edits;
  openComments: ReadonlyMap<string, number>;
  /** The quality findings each segment has now, for "has errors" and "has warnings". */
  findingsOf: (segmentId: string) => FindingCounts;
};

/**
 * The filter over the segments. The rows a filter shows are fixed when it is chosen, so a row does
 * not vanish while it is edited.
 */
export function useSegmentFilter(initialFilter: EditorFilter, { segments, byId, edits, openComments, findingsOf }: Options) {
  const [filter, setFilter] = useState(initialFilter);
  // On the first render `edits` is still what `initialEdits` made of the server's translations.
  const [shownIds, setShownIds] = useState(() => idsMatchingFilter(initialFilter, segments, edits, openComments, findingsOf));
  const shown = useMemo(() => (shownIds ? shownIds.flatMap((id) => byId.get(id) ?? []) : segments), [shownIds, byId, segments]);

  const choose = (next: EditorFilter) => {
    setFilter(next);
    setShownIds(idsMatchingFilter(next, segments, edits, openComments, findingsOf));
  };

  return { filter, shown, filtered: shownIds !== null, choose };
}
