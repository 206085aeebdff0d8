import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { markdownToRender, renderAsPlainText } from './render-guard.ts';
import { linearSetextHeadings } from './setext-headings.ts';

/**
 * Markdown → HTML for the editor's live preview, small enough to run in the browser on every
 * keystroke. micromark escapes raw HTML (`allowDangerousHtml` is off) and drops `javascript:` and
 * other dangerous link protocols (`allowDangerousProtocol` is off), so the output is safe to insert.
 * Text the parser would take minutes over (see markdownToRender) is shown escaped instead.
 * Public pages use the rehype-sanitize pipeline in render-markdown.ts.
 */
export function renderPreview(markdown: string): string {
  const text = markdownToRender(markdown);
  if (text === null) return renderAsPlainText(markdown);
  return micromark(text, { extensions: [gfm(), linearSetextHeadings], htmlExtensions: [gfmHtml()] });
}
