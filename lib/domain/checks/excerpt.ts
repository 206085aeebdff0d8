import type { Span } from './finding.ts';

export type Excerpt = { before: string; match: string; after: string; start: number };

/**
 * Where a finding is, for a person: the span and a few characters either side (with an ellipsis
 * where the text goes on). An empty span (something missing between two characters) shows the
 * characters it falls between.
 */
export function findingExcerpt(target: string, span: Span, context = 12): Excerpt {
  const start = Math.max(0, Math.min(span.start, target.length));
  const end = Math.max(start, Math.min(span.end, target.length));
  const from = Math.max(0, start - context);
  const to = Math.min(target.length, end + context);
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + oneLine(target.slice(from, start)),
    match: oneLine(target.slice(start, end)),
    after: oneLine(target.slice(end, to)) + (to < target.length ? '…' : ''),
    start,
  };
}
