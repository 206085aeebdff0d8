import type { Element, Nodes, Root } from 'hast';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/*
 * What the reading site renders of an article's HTML, raw or made from Markdown: an explicit list,
 * so that nothing new is let through by a dependency's default changing. Markdown's own output
 * (headings, lists, code, GFM tables, task lists and footnotes, math for KaTeX) plus what blog posts
 * write by hand: figures and captions, emphasis, details, tables, video and audio. No style, no
 * class beyond the ones listed, no event handlers, no scripts, frames, forms or embeds; links and
 * sources only over http(s) (links also mailto, as Markdown makes for e-mail addresses) or relative.
 */

const TEXT = ['p', 'div', 'span', 'br', 'hr', 'blockquote', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const INLINE = ['a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'kbd', 'sub', 'sup'];
const LISTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input'];
const TABLES = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];
const MEDIA = ['img', 'figure', 'figcaption', 'video', 'audio', 'source'];
const DISCLOSURE = ['details', 'summary'];

/** Centering and its like, from `align` (see alignToClass); the reader's stylesheet styles them. */
const ALIGN_CLASSES = ['align-center', 'align-left', 'align-right'];

export const htmlAllowList = {
  tagNames: [...TEXT, ...INLINE, ...LISTS, ...TABLES, ...MEDIA, ...DISCLOSURE, 'section'],
  attributes: {
    '*': ['id', 'title', 'lang', 'dir'],
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], 'ariaDescribedBy', 'ariaLabel'],
    img: ['src', 'alt', 'width', 'height'],
    video: ['src', 'poster', 'width', 'height', 'controls', 'loop', 'muted', 'playsInline'],
    audio: ['src', 'controls', 'loop', 'muted'],
    source: ['src', 'type'],
    // Math (remark-math) is TeX in `code.language-math`, typeset by rehype-katex after sanitizing.
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    p: [['className', ...ALIGN_CLASSES]],
    div: [['className', ...ALIGN_CLASSES]],
    figure: [['className', ...ALIGN_CLASSES]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      'checked',
    ],
    th: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    details: ['open'],
    // GFM footnotes: the section and its visually hidden heading.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['className', 'sr-only']],
  },
  // Media without controls could not be played (autoplay is not allowed); a task list box is inert.
  required: {
    video: { controls: true },
    audio: { controls: true },
    input: { type: 'checkbox', disabled: true },
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    poster: ['http', 'https'],
  },
  ancestors: {
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
    // Only GFM task lists make inputs; a raw `<input>` elsewhere is dropped.
    input: ['li'],
    source: ['video', 'audio'],
  },
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  clobberPrefix: 'user-content-',
  // Removed with their content, which is code or a fallback, not text to show. Other elements
  // not allowed are replaced by their content.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'embed', 'select', 'svg', 'math'],
  allowComments: false,
  allowDoctypes: false,
} satisfies SanitizeSchema;

const ALIGNABLE = new Set(['p', 'div', 'figure']);
const ALIGNMENTS = new Set(['center', 'left', 'right']);

/**
 * `<p align="center">` and `<center>`, the way blog posts center a figure, become a class the
 * sanitizer keeps and the stylesheet styles; style attributes are never kept.
 */
export function alignToClass() {
  return (tree: Root) => markAlignment(tree);
}

function markAlignment(node: Nodes): void {
  if (node.type === 'element') alignElement(node);
  if ('children' in node) for (const child of node.children) markAlignment(child);
}

function alignElement(element: Element): void {
  if (element.tagName === 'center') {
    element.tagName = 'div';
    element.properties = { className: ['align-center'] };
    return;
  }
  if (!ALIGNABLE.has(element.tagName)) return;
  const { align, className, ...rest } = element.properties;
  // Hugging Face's figures are `<figure class="image text-center">`.
  const alignment = String(align ?? '').toLowerCase() || (Array.isArray(className) && className.includes('text-center') ? 'center' : '');
  element.properties = ALIGNMENTS.has(alignment) ? { ...rest, className: [`align-${alignment}`] } : rest;
}
