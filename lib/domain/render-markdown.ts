import type { Nodes, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { markdownToRender, renderAsPlainText } from './markdown/render-guard.ts';
import { linearSetextHeadings } from './markdown/setext-headings.ts';

/** Images load when they scroll near, so a long article's first screen arrives quickly. */
function markImagesLazy(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
  if ('children' in node) for (const child of node.children) markImagesLazy(child);
}

function lazyImages() {
  return (tree: Root) => markImagesLazy(tree);
}

/** micromark's setext headings, resolved in linear time (see setext-headings.ts). */
function linearSetext(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(linearSetextHeadings);
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
  .use(linearSetext)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeKatex, { strict: 'ignore' })
  .use(lazyImages)
  .use(rehypeStringify)
  .freeze();

/**
 * Markdown the parser would take minutes over (see markdownToRender) is shown as its escaped text; so
 * is Markdown nested thousands deep in a way the limits do not see, which exhausts the stack of the
 * recursive tree transforms.
 */
export function renderMarkdown(markdown: string): string {
  const text = markdownToRender(markdown);
  if (text === null) return renderAsPlainText(markdown);
  try {
    return escapeAttributeBrackets(String(processor.processSync(text)));
  } catch (error) {
    if (error instanceof RangeError) return renderAsPlainText(markdown);
    throw error;
  }
}

/*
 * rehype-stringify leaves `<` and `>` as they are inside a double-quoted attribute value, where
 * browsers read them as text; but a code fence's info string (```` ```<script> ````) then puts
 * `<script>` into the page source, which filters and other readers of the HTML take for markup.
 * Text outside tags never holds a raw `<`, so every `<` starts a tag and one pass finds their values.
 */
const TAG = /<[^<>"]*(?:"[^"]*"[^<>"]*)*>/g;
const QUOTED_VALUE = /="([^"]*)"/g;

const BRACKET_IN_VALUE = /="[^"]*[<>]/;

function escapeAttributeBrackets(html: string): string {
  if (!BRACKET_IN_VALUE.test(html)) return html;
  return html.replace(TAG, (tag) =>
    tag.replace(QUOTED_VALUE, (_value, text: string) => `="${text.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`),
  );
}
