import type { CheckContext } from './check.ts';
import type { CheckInput, Finding } from './finding.ts';
import { buildMarkdownView } from './markdown-view.ts';
import { CHECKS } from './registry.ts';

// HTML is checked: its text is prose (a caption, a feature list), its tags are protected like code.
const UNCHECKED_KINDS = new Set(['code', 'math', 'thematic_break']);
/** Checks that compare Markdown structure, which a front matter value does not have. */
const MARKDOWN_ONLY = new Set<string>(['markdown.list', 'markdown.emphasis']);

/**
 * Runs every check on one segment: `source` is the English Markdown, `target` the Chinese. Findings
 * are ordered by position in the target, then by check. Pure and synchronous; fast enough to run
 * on every keystroke of a paragraph.
 */
export function runChecks({ source, target, glossary = [], kind }: CheckInput): Finding[] {
  if (kind && UNCHECKED_KINDS.has(kind)) return [];
  const context: CheckContext = { source: buildMarkdownView(source, kind), target: buildMarkdownView(target, kind), glossary };
  const bareUrlEnds = new Set(context.target.urls.filter((url) => target[url.span.start] !== '<').map((url) => url.span.end));
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (kind === 'frontmatter' && MARKDOWN_ONLY.has(check.id)) continue;
    for (const { fix, ...draft } of check.run(context)) {
      // A bare URL runs until whitespace: text put right after one would become part of it.
      const isSafe = fix && !(bareUrlEnds.has(fix.start) && !fix.replacement.startsWith(' '));
      findings.push({ checkId: check.id, severity: check.severity, ...draft, ...(isSafe ? { fix } : {}) });
    }
  }
  return findings.sort((first, second) => first.span.start - second.span.start || first.span.end - second.span.end);
}
