import { describe, expect, it } from 'vitest';
import { saveSummary, translationProgress } from '@/components/editor/progress.ts';
import { editsReducer, initialEdits, type EditAction, type Edits } from '@/components/editor/state.ts';
import type { EditorSegment } from '@/lib/contracts/editor.ts';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';

const t = getTranslatorFor('en');
const translation = (status: TranslationStatus, version = 1) => ({ text: status === 'untranslated' ? '' : '译文。', status, version });
const segments = [
  { id: 's1', words: 5, translation: translation('approved') },
  { id: 's2', words: 3, translation: translation('draft') },
  { id: 's3', words: 4, translation: translation('untranslated') },
] as unknown as EditorSegment[];
const start = initialEdits(segments.map((segment) => [segment.id, segment.translation]));
const run = (edits: Edits, ...actions: EditAction[]) => actions.reduce(editsReducer, edits);

describe('editor progress', () => {
  it('counts the words of translated segments and the approved ones, as the server has them', () => {
    expect(translationProgress(segments, start)).toEqual({ words: 12, translatedWords: 8, approved: 1, translated: 2, segments: 3 });
    // Typed text counts once the server has it.
    const typed = run(start, { type: 'edit', id: 's3', text: '新的。' });
    expect(translationProgress(segments, typed).translatedWords).toBe(8);
    const saved = run(typed, { type: 'saving', id: 's3' }, { type: 'saved', id: 's3', result: { text: '新的。', status: 'draft', version: 2 } });
    expect(translationProgress(segments, saved).translatedWords).toBe(12);
  });
});

describe('editor progress with a segment merged at import', () => {
  it('does not count a draft with no text of its own as translated', () => {
    const withMerged = [...segments, { id: 's4', words: 6, translation: { text: '', status: 'draft', version: 1 } }] as unknown as EditorSegment[];
    const edits = initialEdits(withMerged.map((segment) => [segment.id, segment.translation]));
    expect(translationProgress(withMerged, edits)).toEqual({ words: 18, translatedWords: 8, approved: 1, translated: 2, segments: 4 });
  });
});

describe('the save summary', () => {
  it('says saved, saving, or the worst trouble first', () => {
    expect(saveSummary(start, t)).toEqual({ tone: 'success', text: 'All changes saved' });
    const typed = run(start, { type: 'edit', id: 's2', text: '改。' });
    expect(saveSummary(typed, t).tone).toBe('info');
    const offline = run(typed, { type: 'saving', id: 's2' }, { type: 'failed', id: 's2', message: 'offline', retry: true });
    expect(saveSummary(offline, t).tone).toBe('danger');
    const conflicted = run(offline, { type: 'edit', id: 's3', text: '我的。' }, { type: 'conflict', id: 's3', current: { text: '他的。', status: 'draft', version: 2 } });
    expect(saveSummary(conflicted, t)).toEqual({ tone: 'danger', text: t('editor.summary.conflicts', { count: 1 }) });
  });
});
