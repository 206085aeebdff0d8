import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { markdownToRender } from './markdown-limits.ts';
import { renderAsPlainText } from './render-as-plain-text.ts';
import { linearSetextHeadings } from './setext-headings.ts';

/**
 * Markdown → HTML for the editor's live preview, small enough to run in the browser on every
 * keystroke. micromark escapes raw HTML (`allowDangerousHtml` is off) and drops `javascript:` and
 * other dangerous link protocols (`allowDangerousProtocol` is off), so the output is safe to insert.
 * Text past the input guard (see markdownToRender) is shown escaped instead. It is the one parse that
 * does not go through parse.ts, which would bring the server's parser into the browser.
 * Public pages use the rehype-sanitize pipeline in render-markdown.ts.
 */
export function renderPreview(markdown: string): string {
  const text = markdownToRender(markdown);
  if (text === null) return renderAsPlainText(markdown);
  return micromark(text, { extensions: [gfm(), linearSetextHeadings], htmlExtensions: [gfmHtml()] });
}
