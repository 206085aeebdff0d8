import type { Nodes } from 'mdast';
import { parseSegmentMarkdown } from '@/lib/domain/markdown/parse-segment.ts';

/** Node kinds whose text is not prose a reader would search for. */
const skipped = new Set(['code', 'html', 'math', 'inlineMath', 'yaml', 'toml', 'definition']);
const inline = new Set(['link', 'linkReference', 'emphasis', 'strong', 'delete']);

function collect(node: Nodes, into: string[]): void {
  if (skipped.has(node.type)) return;
  if (node.type === 'text' || node.type === 'inlineCode') into.push(node.value);
  else if (node.type === 'image') into.push(node.alt ?? '');
  else if (node.type === 'break') into.push(' ');
  if ('children' in node) {
    for (const child of node.children) collect(child as Nodes, into);
    // Blocks are separate sentences: keep the words of neighbouring blocks apart.
    if (!inline.has(node.type)) into.push(' ');
  }
}

/** The words of a Markdown block as a reader sees them: no markup, no code blocks, no URLs. */
export function markdownToPlainText(markdown: string): string {
  const parts: string[] = [];
  collect(parseSegmentMarkdown(markdown), parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
