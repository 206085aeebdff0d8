import type { SegmentKind } from '@/lib/domain/markdown/source-segment.ts';
import type { CheckId, GlossaryTerm } from './finding.ts';
import { runChecks } from './run-checks.ts';

export type CheckedPair = { segmentId: string; translationId: string; version: number; kind: SegmentKind; source: string; target: string };
export type Waiver = { translationId: string; version: number; checkId: string };
export type BlockingFinding = { segmentId: string; checkId: CheckId };

/**
 * The error findings that stop an article from being published: every error of every pair, except
 * those a reviewer waived for exactly that version of the translation (an edit needs a new waiver).
 */
export function blockingFindings(pairs: readonly CheckedPair[], glossary: readonly GlossaryTerm[], waivers: readonly Waiver[]): BlockingFinding[] {
  const waived = new Set(waivers.map((waiver) => `${waiver.translationId}@${waiver.version}:${waiver.checkId}`));
  return pairs.flatMap((pair) =>
    runChecks({ source: pair.source, target: pair.target, glossary, kind: pair.kind })
      .filter((finding) => finding.severity === 'error' && !waived.has(`${pair.translationId}@${pair.version}:${finding.checkId}`))
      .map((finding) => ({ segmentId: pair.segmentId, checkId: finding.checkId })),
  );
}
