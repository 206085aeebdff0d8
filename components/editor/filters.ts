import type { EditorSegment } from '@/lib/contracts/editor.ts';
import { hasOwnTranslation, type Edits, type SegmentEdit } from './state.ts';

export const editorFilters = ['all', 'untranslated', 'draft', 'submitted', 'rejected', 'outdated', 'approved', 'comments', 'unsaved', 'errors', 'warnings'] as const;
export type EditorFilter = (typeof editorFilters)[number];

/** `?filter=` from a URL, if it names a filter. */
export function parseEditorFilter(value: unknown): EditorFilter {
  return editorFilters.find((name) => name === value) ?? 'all';
}

/** A segment's quality findings as the filters count them: errors not waived, and warnings. */
export type FindingCounts = { errors: number; warnings: number };
const noFindings: FindingCounts = { errors: 0, warnings: 0 };

export function matchesFilter(
  filter: EditorFilter,
  segment: EditorSegment,
  edit: SegmentEdit | undefined,
  openComments: number,
  findings: FindingCounts = noFindings,
): boolean {
  if (filter === 'all') return true;
  if (filter === 'comments') return openComments > 0;
  if (!segment.translatable || !edit) return false;
  if (filter === 'unsaved') return edit.save !== 'saved';
  if (filter === 'errors') return findings.errors > 0;
  if (filter === 'warnings') return findings.warnings > 0;
  // An empty text merged into the segment before at import is untranslated too (see hasOwnTranslation).
  if (filter === 'untranslated') return !hasOwnTranslation(edit.server);
  return edit.server.status === filter;
}

/** The ids of the segments a filter shows, in order; null for all of them. */
export function idsMatchingFilter(
  filter: EditorFilter,
  segments: readonly EditorSegment[],
  edits: Edits,
  openComments: ReadonlyMap<string, number>,
  findingsOf: (segmentId: string) => FindingCounts = () => noFindings,
): string[] | null {
  if (filter === 'all') return null;
  return segments
    .filter((segment) => matchesFilter(filter, segment, edits[segment.id], openComments.get(segment.id) ?? 0, findingsOf(segment.id)))
    .map((segment) => segment.id);
}
