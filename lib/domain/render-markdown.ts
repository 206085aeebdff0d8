import type { Element, Nodes, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { alignToClass, htmlAllowList } from './markdown/html-allow-list.ts';
import { listItemHandler } from './markdown/list-item-handler.ts';
import { renderInContext, type MarkdownPiece, type RenderStages } from './markdown/render-in-context.ts';
import { parseAssetBase, resolveAssetUrls } from './markdown/resolve-asset-urls.ts';

/** Images load when they scroll near, so a long article's first screen arrives quickly. */
function markImagesLazy(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
  if ('children' in node) for (const child of node.children) markImagesLazy(child);
}

function lazyImages() {
  return (tree: Root) => markImagesLazy(tree);
}

/*
 * KaTeX's default output is each formula twice: MathML for screen readers and an HTML copy laid out
 * with its fonts, which is nine tenths of the bytes (a display formula: 6.9 kB against 0.7 kB). A
 * formula-heavy page then weighed over 10 MB with its RSC copy, too much to keep in the page cache,
 * so every anonymous request rendered it again (docs/performance.md). The reader gets the MathML
 * alone: Chromium, Firefox and Safari typeset MathML Core themselves, screen readers read it, and
 * its TeX annotation is what copying takes. An HTML-only output would need an aria-label per
 * formula and still be eight times larger.
 */
const KATEX_OPTIONS = { strict: 'ignore', output: 'mathml' } as const;

/**
 * MathML-only KaTeX leaves out the `.katex-display` wrapper of a display formula, which centers it
 * (katex.min.css) and lets a wide one scroll within its column (the reader's stylesheet).
 */
function wrapDisplayMath(node: Nodes): void {
  if (!('children' in node)) return;
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (isDisplayFormula(child)) node.children[index] = { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [child] };
    else wrapDisplayMath(child);
  });
}

function isDisplayFormula(element: Element): boolean {
  const [math] = element.children;
  return (
    element.tagName === 'span' &&
    Array.isArray(element.properties.className) &&
    element.properties.className.includes('katex') &&
    math?.type === 'element' &&
    math.tagName === 'math' &&
    math.properties.display === 'block'
  );
}

function displayMathBlocks() {
  return (tree: Root) => wrapDisplayMath(tree);
}

/** The language of a document: its footnotes section is labelled in it. */
export type DocumentLanguage = 'en' | 'zh';

const FOOTNOTE_WORDING = {
  en: {},
  zh: {
    footnoteLabel: '脚注',
    footnoteBackLabel: (reference: number, rereference: number) => `返回引用 ${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`,
  },
} satisfies Record<DocumentLanguage, object>;

/*
 * Markdown → HTML for display, in two stages. The document stage makes the hast of the whole
 * document (parsed by markdown/parse.ts), where definitions, footnotes and lists are resolved; the
 * hast is cut into the pieces the reader shows (render-in-context.ts), and the block stage makes
 * each piece safe HTML on its own. Raw HTML in the Markdown is parsed (rehype-raw), so a
 * `<div>` a piece leaves open is closed in that piece; relative URLs are resolved
 * (resolve-asset-urls.ts), and rehype-sanitize keeps only html-allow-list.ts: no script, style,
 * event handlers or `javascript:` links.
 * Math (`$…$`, `$$…$$`) survives sanitizing as TeX in `code.language-math` and is then typeset
 * by KaTeX as MathML (which refuses \href, \url and other trust-requiring commands by default); TeX
 * that KaTeX cannot parse is shown as its source. Pages that show it load `katex/dist/katex.min.css`.
 */
const documentStage = (language: DocumentLanguage) =>
  unified()
    // Footnote ids are prefixed once, by the sanitizer (see cut-rendered-blocks.ts).
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', handlers: { listItem: listItemHandler }, ...FOOTNOTE_WORDING[language] })
    .freeze();

const documentStages = { en: documentStage('en'), zh: documentStage('zh') };

const blockStage = unified()
  .use(rehypeRaw)
  .use(alignToClass)
  .use(resolveAssetUrls)
  .use(rehypeSanitize, htmlAllowList)
  .use(rehypeKatex, KATEX_OPTIONS)
  .use(displayMathBlocks)
  .use(lazyImages)
  .use(rehypeStringify)
  .freeze();

export interface RenderOptions {
  /** The URL relative links and media are relative to: the article's source or a configured asset base. */
  assetBase?: string | null | undefined;
  /** Default `en`. */
  language?: DocumentLanguage;
}

/**
 * One Markdown text as HTML. Markdown past the limits (see renderInContext) is shown as its escaped
 * text; so is Markdown nested thousands deep in a way the limits do not see, which exhausts the
 * stack of the recursive tree transforms.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return renderMarkdownPieces([{ before: '', text: markdown }], options)[0]!;
}

/**
 * The HTML of each piece of a document (the segments of an article, or their translations) in the
 * context of the whole: see renderInContext.
 */
export function renderMarkdownPieces(pieces: readonly MarkdownPiece[], options: RenderOptions = {}, chunkLines?: number): string[] {
  const language = options.language ?? 'en';
  const documentProcessor = documentStages[language];
  const assetBase = parseAssetBase(options.assetBase);
  const stages: RenderStages = {
    toHast: (tree, markdown) => documentProcessor.runSync(tree, markdown),
    toHtml: (tree) => escapeAttributeBrackets(blockStage.stringify(blockStage.runSync(tree, { data: { assetBase } }))),
    footnoteIds: { prefix: language === 'en' ? '' : `${language}-`, sanitizedPrefix: htmlAllowList.clobberPrefix },
  };
  return renderInContext(pieces, stages, chunkLines);
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
