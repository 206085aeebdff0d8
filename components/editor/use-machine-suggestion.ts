'use client';

import { useEffect, useState } from 'react';
import { editorApi } from './api.ts';

/** The machine's suggestion for the active segment: its text, or why there is none (null: none configured). */
export type MachineSuggestion = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; text: string } | { state: 'failed'; message: string };

/** Moving through segments quickly asks only about the one the translator stops at. */
const LOOKUP_DELAY_MS = 400;

/**
 * Asks the server for the active segment's suggestions and keeps the machine's (memory matches come
 * with their sentences from the memory lookup). With no machine translation configured, it stays idle.
 */
export function useMachineSuggestion(segmentId: string | null): MachineSuggestion {
  const [suggestion, setSuggestion] = useState<MachineSuggestion>({ state: 'idle' });
  useEffect(() => {
    if (!segmentId) return;
    let live = true;
    setSuggestion({ state: 'loading' });
    const timer = setTimeout(() => {
      void editorApi.suggestions(segmentId).then((outcome) => {
        if (!live) return;
        if (outcome.kind !== 'ok') return setSuggestion({ state: 'idle' });
        const machine = outcome.data.suggestions.find((item) => item.origin === 'machine');
        if (machine) setSuggestion({ state: 'ready', text: machine.text });
        else if (outcome.data.machineError) setSuggestion({ state: 'failed', message: outcome.data.machineError });
        else setSuggestion({ state: 'idle' });
      });
    }, LOOKUP_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [segmentId]);
  return suggestion;
}

/** What Alt+1, 2 and 3 insert: the two best memory matches, then the machine's suggestion, then further matches. */
export function insertableSuggestions(memory: readonly { target: string }[], machine: MachineSuggestion): Array<{ origin: 'memory' | 'machine'; text: string }> {
  const matches = memory.map((match) => ({ origin: 'memory' as const, text: match.target }));
  const fromMachine = machine.state === 'ready' ? [{ origin: 'machine' as const, text: machine.text }] : [];
  return [...matches.slice(0, 2), ...fromMachine, ...matches.slice(2)];
}
