import type { CheckContext } from './check.ts';
import type { FindingDraft, GlossaryTerm } from './finding.ts';

/** A preferred term of the source whose approved Chinese is not in the target. */
export function checkMissingTerms({ source, target, glossary }: CheckContext): FindingDraft[] {
  return glossary
    .filter((term) => term.status === 'preferred' && term.target !== '' && containsSourceTerm(source.prose, term))
    .filter((term) => !target.prose.includes(term.target))
    .map((term) => ({ message: 'glossaryMissing', params: { source: term.source, target: term.target }, span: target.content }));
}

/** A forbidden translation used for a term of the source (or anywhere, when the entry has no source term). */
export function checkForbiddenTerms({ source, target, glossary }: CheckContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const term of glossary) {
    if (term.status !== 'forbidden' || term.target === '') continue;
    if (term.source !== '' && !containsSourceTerm(source.prose, term)) continue;
    for (let index = target.prose.indexOf(term.target); index >= 0; index = target.prose.indexOf(term.target, index + 1)) {
      const span = { start: target.starts[index]!, end: target.ends[index + term.target.length - 1]! };
      findings.push({ message: 'glossaryForbidden', params: { source: term.source, target: term.target }, span });
    }
  }
  return findings;
}

/** Whole words, any case ("Model" and "models" match "model"; "remodel" does not). */
function containsSourceTerm(prose: string, term: GlossaryTerm): boolean {
  const escaped = term.source.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (escaped === '') return false;
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?:s|es)?(?![A-Za-z0-9])`, 'i').test(prose);
}
