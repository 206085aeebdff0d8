'use client';

import { useEffect, useState } from 'react';
import type { MemoryLookup, MemoryMatch } from '@/lib/contracts/editor-api.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { editorApi } from './api.ts';
import type { Loaded } from './use-loaded.ts';

/** A memory match offered to the translator; `sentence` is set when it matches one sentence of the segment. */
export type MemorySuggestion = MemoryMatch & { sentence?: number };

/** Whole-segment matches first, then the best match of each sentence of a changed paragraph: nine at most. */
export function memorySuggestions(lookup: MemoryLookup): MemorySuggestion[] {
  const sentences = lookup.sentences.flatMap(({ index, matches }) => (matches[0] ? [{ ...matches[0], sentence: index }] : []));
  return [...lookup.matches, ...sentences].slice(0, 9);
}

/** The suggestion at `index` (0-based), once they are loaded. */
export function suggestionAt(matches: Loaded<MemorySuggestion[]>, index: number): MemorySuggestion | undefined {
  return matches.state === 'ready' ? matches.value[index] : undefined;
}

/** Moving through segments quickly looks up only the one the translator stops at. */
const LOOKUP_DELAY_MS = 250;

/**
 * Memory matches for the active segment's English (the memory service may be absent: then there are
 * none). With no active segment the last matches stay.
 */
export function useMemoryMatches(source: string | null): Loaded<MemorySuggestion[]> {
  const { t } = useTranslator();
  const [matches, setMatches] = useState<Loaded<MemorySuggestion[]>>({ state: 'ready', value: [] });
  useEffect(() => {
    if (!source) return;
    let live = true;
    setMatches({ state: 'loading' });
    const timer = setTimeout(() => {
      void editorApi.memory(source).then((outcome) => {
        if (!live) return;
        setMatches(
          outcome.kind === 'ok' ? { state: 'ready', value: memorySuggestions(outcome.data) } : { state: 'failed', message: t('editor.panel.memoryUnavailable') },
        );
      });
    }, LOOKUP_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, t]);
  return matches;
}
