import type { CheckInput, Finding } from './finding.ts';
import { runChecks } from './run-checks.ts';

/** Applies the fixes of `findings` to `target`; of two fixes that touch the same text, the first wins. */
export function applyFixes(target: string, findings: readonly Finding[]): string {
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])).sort((first, second) => first.start - second.start || first.end - second.end);
  let result = '';
  let position = 0;
  let lastInsertion = -1;
  for (const fix of fixes) {
    if (fix.start < position || (fix.start === fix.end && fix.start === lastInsertion)) continue;
    result += target.slice(position, fix.start) + fix.replacement;
    position = fix.end;
    if (fix.start === fix.end) lastInsertion = fix.start;
  }
  return result + target.slice(position);
}

const MAX_ROUNDS = 5;

/** "Fix all": applies fixes until none is left, as one fix can make room for another (at most a few rounds). */
export function fixAll(input: CheckInput): string {
  let target = input.target;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixed = applyFixes(target, runChecks({ ...input, target }));
    if (fixed === target) break;
    target = fixed;
  }
  return target;
}
