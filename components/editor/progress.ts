import type { EditorSegment } from '@/lib/contracts/editor.ts';
import type { Translator } from '@/lib/i18n/translate.ts';
import { hasOwnTranslation, isUnsaved, type Edits, type SaveState } from './state.ts';

export type Progress = { words: number; translatedWords: number; approved: number; translated: number; segments: number };

/** What the server has: the words of segments with Chinese of their own, and the segments approved. */
export function translationProgress(translatable: readonly EditorSegment[], edits: Edits): Progress {
  let words = 0;
  let translatedWords = 0;
  let approved = 0;
  let translated = 0;
  for (const segment of translatable) {
    const server = edits[segment.id]?.server;
    const status = server?.status ?? 'untranslated';
    words += segment.words;
    if (server && hasOwnTranslation(server)) {
      translatedWords += segment.words;
      translated += 1;
    }
    if (status === 'approved') approved += 1;
  }
  return { words, translatedWords, approved, translated, segments: translatable.length };
}

export type SaveSummary = { tone: 'danger' | 'info' | 'success'; text: string };

/** The toolbar's one line on saving: the worst trouble first, else saving or saved. */
export function saveSummary(edits: Edits, t: Translator): SaveSummary {
  const values = Object.values(edits);
  const count = (state: SaveState) => values.filter((value) => value.save === state).length;
  if (count('conflict')) return { tone: 'danger', text: t('editor.summary.conflicts', { count: count('conflict') }) };
  if (count('failed')) return { tone: 'danger', text: t('editor.summary.offline', { count: count('failed') }) };
  if (count('refused')) return { tone: 'danger', text: t('editor.summary.refused', { count: count('refused') }) };
  if (values.some(isUnsaved)) return { tone: 'info', text: t('editor.summary.saving') };
  return { tone: 'success', text: t('editor.summary.saved') };
}
