import { segmentContent } from './source-segment.ts';

/**
 * A stable fingerprint of a segment's text, used to recognise a segment again when a new version of
 * the source is imported. Line endings, trailing spaces and the blank lines around the block do not
 * count, so a paragraph that moved to the end of the file (and lost its final newline) still matches.
 */
export function hashSource(text: string): string {
  const lines = segmentContent(text).replace(/\r\n?/g, '\n').split('\n');
  return cyrb53(lines.map((line, index) => (index < lines.length - 1 ? trimEndSpaces(line) : line)).join('\n'));
}

/** Spaces and tabs at the end of a line go; a loop, as /[ \t]+$/ is quadratic on a long run of them mid-line. */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
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
