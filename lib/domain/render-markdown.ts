import type { Nodes, Root } from 'hast';
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
 * Math (`$…$`, `$$…$$`) is kept as its TeX source in `code.language-math` (there is no math
 * typesetter among the dependencies), so it is never mangled as emphasis or lost.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(lazyImages)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
