'use client';

import { useCallback, useState } from 'react';
import type { ReplaceAnswer } from '@/lib/contracts/editor-api.ts';
import type { ServerTranslation } from '@/lib/contracts/editor.ts';
import { editorApi } from './api.ts';
import type { EditsApi } from './use-edits.ts';

export type FindQueryInput = { find: string; replace: string; regex: boolean; caseSensitive: boolean; wholeWord: boolean; segmentIds?: string[] };

type Preview = Extract<ReplaceAnswer, { matches: unknown }>;
type Applied = Extract<ReplaceAnswer, { replaced: unknown }>;

export type FindReplaceState =
  | { kind: 'idle' }
  | { kind: 'preview'; query: FindQueryInput; preview: Preview }
  | { kind: 'applied'; applied: Applied }
  | { kind: 'failed'; message: string };

type Options = { slug: string; translatableIds: readonly string[]; edits: Pick<EditsApi, 'flush' | 'transition'> };

/**
 * Find and replace from the editor: pending text is saved first (the server searches what it has),
 * the preview is shown, and "replace all" applies exactly the previewed segments at the previewed
 * versions. Afterwards each row shows the text the server now has, unless its translator typed on.
 */
export function useFindReplace({ slug, translatableIds, edits }: Options) {
  const { flush, transition } = edits;
  const [pending, setPending] = useState(false);
  const [state, setState] = useState<FindReplaceState>({ kind: 'idle' });

  const preview = useCallback(
    async (query: FindQueryInput) => {
      setPending(true);
      try {
        await Promise.all(translatableIds.map((id) => flush(id)));
        const outcome = await editorApi.replace(slug, { ...query, dryRun: true });
        if (outcome.kind !== 'ok') setState({ kind: 'failed', message: outcome.message });
        else if ('matches' in outcome.data) setState({ kind: 'preview', query, preview: outcome.data });
      } finally {
        setPending(false);
      }
    },
    [slug, translatableIds, flush],
  );

  /** Shows the server's text in a row its translator left alone (a replaced text, or the one that won a conflict). */
  const show = useCallback(
    (segmentId: string, translation: ServerTranslation) =>
      transition(segmentId, async () => ({ kind: 'ok', data: translation }), { replacesText: true }),
    [transition],
  );

  const apply = useCallback(async () => {
    if (state.kind !== 'preview') return;
    setPending(true);
    try {
      const expected = state.preview.matches.map(({ segmentId, version }) => ({ segmentId, version }));
      const outcome = await editorApi.replace(slug, { ...state.query, expected });
      if (outcome.kind !== 'ok') {
        setState({ kind: 'failed', message: outcome.message });
        return;
      }
      if (!('replaced' in outcome.data)) return;
      const applied = outcome.data;
      setState({ kind: 'applied', applied });
      for (const { segmentId, ...translation } of applied.segments) await show(segmentId, translation);
      for (const { segmentId, current } of applied.conflicts) if (current) await show(segmentId, current);
    } finally {
      setPending(false);
    }
  }, [state, slug, show]);

  return { pending, state, preview, apply, reset: () => setState({ kind: 'idle' }) };
}
