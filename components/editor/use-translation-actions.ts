'use client';

import { useCallback, useState } from 'react';
import type { EditorSegment } from '@/lib/contracts/editor.ts';
import type { GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { editorApi } from './api.ts';
import type { Checker } from './use-checker.ts';
import type { EditsApi } from './use-edits.ts';

/** Sets or (with null) clears a segment's notice; the same map when nothing changes, so rows do not re-render. */
export function withNotice(notices: ReadonlyMap<string, string>, id: string, message: string | null): ReadonlyMap<string, string> {
  if ((notices.get(id) ?? null) === message) return notices;
  const next = new Map(notices);
  if (message === null) next.delete(id);
  else next.set(id, message);
  return next;
}

type Options = {
  edits: Pick<EditsApi, 'transition' | 'current'>;
  segment: (id: string) => EditorSegment | undefined;
  checker: Checker | null;
  glossary: readonly GlossaryTerm[];
};

/**
 * A translator's status changes (submit, keep, revert), and the notice under each row that says
 * what went wrong with the last one.
 */
export function useTranslationActions({ edits, segment, checker, glossary }: Options) {
  const { t } = useTranslator();
  const { transition, current } = edits;
  const [notices, setNotices] = useState<ReadonlyMap<string, string>>(new Map());
  const setNotice = useCallback((id: string, message: string | null) => setNotices((all) => withNotice(all, id, message)), []);

  const submit = useCallback(
    async (id: string) => {
      const problem = await transition(id, (version) => editorApi.submit(id, version));
      const submitted = segment(id);
      const text = current(id)?.server.text ?? '';
      // Checks run on submit too: errors do not stop it, but the translator hears of them at once.
      const errors =
        problem === null && checker && submitted
          ? checker.run({ source: submitted.source, target: text, glossary, kind: submitted.kind }).filter((finding) => finding.severity === 'error').length
          : 0;
      setNotice(id, problem ?? (errors > 0 ? t('editor.checks.submittedWithErrors', { count: errors }) : null));
      return problem === null;
    },
    [transition, setNotice, segment, current, checker, glossary, t],
  );

  const keep = useCallback(async (id: string) => setNotice(id, await transition(id, (version) => editorApi.keep(id, version))), [transition, setNotice]);

  const revert = useCallback(
    async (id: string, toVersion: number) => setNotice(id, await transition(id, (version) => editorApi.revert(id, toVersion, version), { replacesText: true })),
    [transition, setNotice],
  );

  return { notices, setNotice, submit, keep, revert };
}
