import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Markdown → HTML for the editor's live preview, small enough to run in the browser on every
 * keystroke. micromark escapes raw HTML (`allowDangerousHtml` is off) and drops `javascript:` and
 * other dangerous link protocols (`allowDangerousProtocol` is off), so the output is safe to insert.
 * Public pages use the rehype-sanitize pipeline in render-markdown.ts.
 */
export function renderPreview(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}
