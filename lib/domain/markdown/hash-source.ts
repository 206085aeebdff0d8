import { segmentContent } from './source-segment.ts';

/**
 * A stable fingerprint of a segment's text, used to recognise a segment again when a new version of
 * the source is imported. Line endings, trailing spaces and the blank lines around the block do not
 * count, so a paragraph that moved to the end of the file (and lost its final newline) still matches.
 */
export function hashSource(text: string): string {
  const normalized = segmentContent(text).replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n');
  return cyrb53(normalized);
}

// cyrb53 (public domain, bryc): fast, well distributed, and pure, so it runs in the browser too.
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = (h2 >>> 0) & 0x1fffff;
  return high.toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
