import 'server-only';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { MachineTranslationError } from '@/lib/errors.ts';
import { getSuggestionContext, type PretranslationItem } from '@/lib/dal/translating/suggestions.ts';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';
import { machineTranslationConfig, translateWithMachine } from './machine-translation.ts';

export type Suggestion = {
  origin: 'memory' | 'machine' | 'glossary';
  text: string;
  score?: number;
  /** For a glossary term: the English it translates. */
  source?: string;
  /** For a machine suggestion: the checks that report an error or warning on it. */
  findings?: Array<{ checkId: string; severity: string }>;
};

/**
 * What the editor offers under a segment: the best memory matches, the glossary terms in its English
 * and, when a machine translation server is configured, its translation (checked like any other). A
 * machine that fails leaves the rest, with `machineError` saying why.
 */
export async function suggestionsFor(viewer: Viewer, segmentId: string, signal?: AbortSignal): Promise<{ suggestions: Suggestion[]; machineError?: string }> {
  const context = await getSuggestionContext(viewer, segmentId);
  const suggestions: Suggestion[] = [
    ...context.memory.map((match) => ({ origin: 'memory' as const, text: match.target, score: match.score })),
    ...context.glossary.filter((term) => term.status === 'preferred').map((term) => ({ origin: 'glossary' as const, text: term.target, source: term.source })),
  ];
  if (!machineTranslationConfig()) return { suggestions };
  try {
    const text = await translateWithMachine(context.machine, signal ? { signal } : {});
    const findings = runChecks({ source: context.machine.source, target: text, glossary: context.glossary, kind: context.kind }).map(({ checkId, severity }) => ({ checkId, severity }));
    return { suggestions: [...suggestions, { origin: 'machine', text, findings }] };
  } catch (error) {
    if (error instanceof MachineTranslationError) return { suggestions, machineError: error.message };
    throw error;
  }
}

/** Machine translations of the given segments, two at a time; the first failure (or a cancel) stops all. */
export async function translateAll(items: readonly PretranslationItem[], signal?: AbortSignal): Promise<Array<{ segmentId: string; version: number; text: string }>> {
  const results: Array<{ segmentId: string; version: number; text: string }> = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      if (signal?.aborted) throw new MachineTranslationError('Machine translation was cancelled; nothing was written');
      const item = items[next++]!;
      results.push({ segmentId: item.segmentId, version: item.version, text: await translateWithMachine(item.machine, signal ? { signal } : {}) });
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}
