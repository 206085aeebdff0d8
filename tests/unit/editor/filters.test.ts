import { describe, expect, it } from 'vitest';
import { idsMatchingFilter } from '@/components/editor/filters.ts';
import { editsReducer, initialEdits } from '@/components/editor/state.ts';
import type { EditorSegment } from '@/lib/contracts/editor.ts';

function segment(id: string, status: EditorSegment['translation']['status'], translatable = true): EditorSegment {
  return {
    id,
    position: Number(id.slice(1)),
    kind: 'paragraph',
    field: null,
    source: `Paragraph ${id}.`,
    indent: '',
    previousSource: null,
    translatable,
    words: 2,
    openComments: 0,
    translation: { text: status === 'untranslated' ? '' : `段落 ${id}。`, status, version: 1 },
    waivers: [],
  };
}

const segments = [segment('s1', 'draft'), segment('s2', 'submitted'), segment('s3', 'untranslated', false), segment('s4', 'draft')];
const start = initialEdits(segments.filter((s) => s.translatable).map((s) => [s.id, s.translation]));

describe('editor filters', () => {
  it('show every segment for "all", and only translatable ones with the status otherwise, in order', () => {
    expect(idsMatchingFilter('all', segments, start, new Map())).toBeNull();
    expect(idsMatchingFilter('draft', segments, start, new Map())).toEqual(['s1', 's4']);
    expect(idsMatchingFilter('untranslated', segments, start, new Map())).toEqual([]);
  });

  it('count an imported segment merged into the one before (a draft with no text) as untranslated, and a draft too', () => {
    const merged = { ...segment('s5', 'draft'), translation: { text: '', status: 'draft' as const, version: 1 } };
    const all = [...segments, merged];
    const edits = initialEdits(all.filter((s) => s.translatable).map((s) => [s.id, s.translation]));
    expect(idsMatchingFilter('untranslated', all, edits, new Map())).toEqual(['s5']);
    expect(idsMatchingFilter('draft', all, edits, new Map())).toEqual(['s1', 's4', 's5']);
    // Once its own Chinese is saved, it is translated.
    const saved = editsReducer(editsReducer(edits, { type: 'edit', id: 's5', text: '自己的译文。' }), { type: 'saved', id: 's5', result: { text: '自己的译文。', status: 'draft', version: 2 } });
    expect(idsMatchingFilter('untranslated', all, saved, new Map())).toEqual([]);
  });

  it('show the segments with open threads, carried blocks included, and the ones with unsaved text', () => {
    expect(idsMatchingFilter('comments', segments, start, new Map([['s3', 1], ['s2', 0]]))).toEqual(['s3']);
    const typed = editsReducer(start, { type: 'edit', id: 's2', text: '改过的段落。' });
    expect(idsMatchingFilter('unsaved', segments, start, new Map())).toEqual([]);
    expect(idsMatchingFilter('unsaved', segments, typed, new Map())).toEqual(['s2']);
  });
});

describe('the quality filters', () => {
  it('show the translatable segments with an error (not waived) or a warning', () => {
    const counts = new Map([['s1', { errors: 1, warnings: 0 }], ['s2', { errors: 0, warnings: 2 }], ['s4', { errors: 0, warnings: 0 }]]);
    const findingsOf = (id: string) => counts.get(id) ?? { errors: 0, warnings: 0 };
    expect(idsMatchingFilter('errors', segments, start, new Map(), findingsOf)).toEqual(['s1']);
    expect(idsMatchingFilter('warnings', segments, start, new Map(), findingsOf)).toEqual(['s2']);
    expect(idsMatchingFilter('errors', segments, start, new Map())).toEqual([]);
  });
});
