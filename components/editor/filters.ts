import type { EditorSegment } from '@/lib/dal/editor.ts';
import type { SegmentEdit } from './state.ts';

export const editorFilters = ['all', 'untranslated', 'draft', 'submitted', 'rejected', 'outdated', 'approved', 'comments', 'unsaved'] as const;
export type EditorFilter = (typeof editorFilters)[number];

/** `?filter=` from a URL, if it names a filter. */
export function parseEditorFilter(value: unknown): EditorFilter {
  return editorFilters.find((name) => name === value) ?? 'all';
}

export function matchesFilter(filter: EditorFilter, segment: EditorSegment, edit: SegmentEdit | undefined, openComments: number): boolean {
  if (filter === 'all') return true;
  if (filter === 'comments') return openComments > 0;
  if (!segment.translatable || !edit) return false;
  if (filter === 'unsaved') return edit.save !== 'saved';
  return edit.server.status === filter;
}
