'use client';

import { useEffect, useRef, useState } from 'react';
import type { EditorSegment, Waiver } from '@/lib/contracts/editor.ts';
import type { Finding, GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import type { Checker } from './use-checker.ts';
import type { Edits } from './state.ts';

/** A segment's findings and the text they were computed on (their spans point into it). */
export type CheckedText = { text: string; findings: readonly Finding[] };

/** How many segments are checked per task: the page stays responsive while a long article is checked. */
const segmentsPerTask = 25;

const unchecked: CheckedText = { text: '', findings: [] };

/** Whether a translation is worth checking: it has text, or was written once (an emptied one is reported). */
function checkable(segment: EditorSegment, text: string, status: string): boolean {
  return segment.translatable && (text.trim() !== '' || status !== 'untranslated');
}

/**
 * The quality findings of every translatable segment, on screen or not: the article-wide list, the
 * "has errors" and "has warnings" filters and every row's counts read them. Each text is checked
 * once; a change re-checks only that segment. A long article is checked in small tasks.
 */
export function useArticleFindings(checker: Checker | null, glossary: readonly GlossaryTerm[], segments: readonly EditorSegment[], edits: Edits) {
  const cache = useRef(new Map<string, CheckedText>());
  const [checked, setChecked] = useState<ReadonlyMap<string, CheckedText>>(() => new Map());
  const glossaryChecked = useRef(glossary);

  useEffect(() => {
    if (!checker) return;
    if (glossaryChecked.current !== glossary) {
      cache.current = new Map();
      glossaryChecked.current = glossary;
    }
    const stale = segments.filter((segment) => {
      const edit = edits[segment.id];
      return edit !== undefined && cache.current.get(segment.id)?.text !== edit.draft;
    });
    if (stale.length === 0) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const runTask = (start: number) => {
      for (const segment of stale.slice(start, start + segmentsPerTask)) {
        const edit = edits[segment.id]!;
        const findings = checkable(segment, edit.draft, edit.server.status)
          ? checker.run({ source: segment.source, target: edit.draft, glossary, kind: segment.kind })
          : [];
        cache.current.set(segment.id, { text: edit.draft, findings });
      }
      setChecked(new Map(cache.current));
      if (!cancelled && start + segmentsPerTask < stale.length) timer = setTimeout(() => runTask(start + segmentsPerTask), 0);
    };
    runTask(0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [checker, glossary, segments, edits]);

  return checked;
}

export function checkedTextOf(checked: ReadonlyMap<string, CheckedText>, segmentId: string): CheckedText {
  return checked.get(segmentId) ?? unchecked;
}

export type FindingCounts = { errors: number; warnings: number };

/** Errors (less those waived on the current version) and warnings. */
export function countFindings(findings: readonly Finding[], waivers: readonly Waiver[]): FindingCounts {
  const waived = new Set(waivers.map((waiver) => waiver.checkId));
  return {
    errors: findings.filter((finding) => finding.severity === 'error' && !waived.has(finding.checkId)).length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}
