'use client';

import { useEffect, useState } from 'react';
import type { CheckInput, Finding } from '@/lib/domain/checks/finding.ts';

export type Checker = { run(input: CheckInput): Finding[]; apply(target: string, findings: readonly Finding[]): string };

let loading: Promise<Checker> | null = null;

function loadChecker(): Promise<Checker> {
  // The checks parse Markdown with remark: loaded after the editor is interactive, not before.
  loading ??= Promise.all([import('@/lib/domain/checks/run-checks.ts'), import('@/lib/domain/checks/apply-fixes.ts')]).then(
    ([{ runChecks }, { applyFixes }]) => ({ run: runChecks, apply: applyFixes }),
  );
  return loading;
}

/** The quality checks, once loaded in the browser (null until then). */
export function useChecker(): Checker | null {
  const [checker, setChecker] = useState<Checker | null>(null);
  useEffect(() => {
    let live = true;
    void loadChecker().then((loaded) => live && setChecker(loaded));
    return () => {
      live = false;
    };
  }, []);
  return checker;
}
