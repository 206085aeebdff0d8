import type { Nodes, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Images load when they scroll near, so a long article's first screen arrives quickly. */
function markImagesLazy(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
  if ('children' in node) for (const child of node.children) markImagesLazy(child);
}

function lazyImages() {
  return (tree: Root) => markImagesLazy(tree);
}

/*
 * Markdown → HTML for display. Raw HTML in the Markdown is dropped (never executed) and
 * rehype-sanitize's GitHub-style schema removes `javascript:` links and event handlers.
 * Math (`$…$`, `$$…$$`) survives sanitizing as TeX in `code.language-math` and is then typeset
 * by KaTeX (which refuses \href, \url and other trust-requiring commands by default); TeX that
 * KaTeX cannot parse is shown as its source. Pages that show it load `katex/dist/katex.min.css`.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeKatex, { strict: 'ignore' })
  .use(lazyImages)
  .use(rehypeStringify)
  .freeze();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#x${character.charCodeAt(0).toString(16)};`);

export function renderMarkdown(markdown: string): string {
  try {
    return String(processor.processSync(markdown));
  } catch (error) {
    // Nesting thousands deep (`> > > …`) exhausts the stack of the recursive tree transforms: such a
    // document is shown as its escaped text rather than failing the page.
    if (error instanceof RangeError) return `<pre>${escapeHtml(markdown)}</pre>`;
    throw error;
  }
}
