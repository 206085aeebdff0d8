'use client';

import { useCallback, useState } from 'react';
import type { ApproveAllAnswer } from '@/lib/contracts/editor-api.ts';
import { editorApi } from './api.ts';
import type { EditsApi } from './use-edits.ts';

/** What the last bulk action came to, shown under the toolbar until dismissed. */
export type BulkReport =
  | { kind: 'submitted'; submitted: number; skipped: number }
  | { kind: 'approved'; approved: number; skipped: ApproveAllAnswer['skipped'] }
  | { kind: 'failed'; message: string };

type Options = {
  slug: string;
  /** The translatable segments' ids, to save pending text before a bulk action. */
  translatableIds: readonly string[];
  edits: Pick<EditsApi, 'flush' | 'current' | 'settle'>;
};

/**
 * Submit-all and approve-all from the editor. Typed text is saved first (the server decides on what
 * it has); afterwards each row takes its new status and version from the server. A row whose text
 * changed meanwhile is left alone: its next save meets the usual conflict, so nothing is lost.
 */
export function useBulkActions({ slug, translatableIds, edits }: Options) {
  const { flush, current, settle } = edits;
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<BulkReport | null>(null);

  const refresh = useCallback(async () => {
    const outcome = await editorApi.articleTranslations(slug);
    if (outcome.kind !== 'ok') return;
    for (const { id, translation } of outcome.data.segments) {
      const edit = current(id);
      if (!edit || !translation || edit.save !== 'saved' || edit.server.version === translation.version) continue;
      if (translation.text === edit.server.text) settle(id, { current: translation, conflict: false });
    }
  }, [slug, current, settle]);

  const run = useCallback(
    async (call: () => Promise<BulkReport>) => {
      setPending(true);
      setReport(null);
      try {
        await Promise.all(translatableIds.map((id) => flush(id)));
        const outcome = await call();
        setReport(outcome);
        if (outcome.kind !== 'failed') await refresh();
      } finally {
        setPending(false);
      }
    },
    [translatableIds, flush, refresh],
  );

  const submitAll = (segmentIds?: string[]) =>
    run(async () => {
      const outcome = await editorApi.submitAll(slug, segmentIds);
      return outcome.kind === 'ok' ? { kind: 'submitted', ...outcome.data } : { kind: 'failed', message: outcome.message };
    });

  const approveAll = (segmentIds?: string[]) =>
    run(async () => {
      const outcome = await editorApi.approveAll(slug, segmentIds);
      return outcome.kind === 'ok' ? { kind: 'approved', ...outcome.data } : { kind: 'failed', message: outcome.message };
    });

  return { pending, report, dismiss: () => setReport(null), submitAll, approveAll };
}
