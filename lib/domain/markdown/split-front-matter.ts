import { isMap, isScalar, parseDocument } from 'yaml';
import { maxFrontMatterChars } from '../article-metadata.ts';

/** Where a front matter piece starts (relative to the front matter block) and whether it is prose. */
export interface FrontMatterPiece {
  offset: number;
  translatable: boolean;
}

/** Keys whose values readers see as text; everything else (dates, slugs, authors) is data. */
const PROSE_KEYS = new Set(['title', 'description', 'summary', 'subtitle', 'excerpt']);

/**
 * Splits a fenced front matter block into its opening fence, one piece per top-level key and its
 * closing fence, so a translator translates `title` without touching the metadata around it. Front
 * matter that does not parse, or is too long to, stays one piece between the fences.
 */
export function splitFrontMatter(block: string, format: 'yaml' | 'toml'): FrontMatterPiece[] {
  const bodyStart = block.indexOf('\n') + 1;
  const bodyEnd = block.lastIndexOf('\n') + 1;
  const fence = { translatable: false };
  if (bodyStart === 0 || bodyEnd <= bodyStart) return [{ offset: 0, ...fence }];
  const body = block.slice(bodyStart, bodyEnd);
  const keys = format === 'yaml' ? findYamlKeys(body) : findTomlKeys(body);
  return [
    { offset: 0, ...fence },
    ...keys.map((key) => ({
      offset: bodyStart + key.offset,
      translatable: key.hasTextValue && key.name !== null && PROSE_KEYS.has(key.name),
    })),
    { offset: bodyEnd, ...fence },
  ];
}

interface KeyLine {
  offset: number;
  name: string | null;
  hasTextValue: boolean;
}

function findYamlKeys(body: string): KeyLine[] {
  // Imports refuse longer front matter, over which the YAML parser is slow.
  if (body.length > maxFrontMatterChars) return [];
  const document = parseDocument(body);
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  const keys: KeyLine[] = [];
  for (const pair of document.contents.items) {
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const startsLine = start !== undefined && (start === 0 || body[start - 1] === '\n');
    if (!startsLine) return [];
    keys.push({
      offset: start,
      name: isScalar(pair.key) ? String(pair.key.value) : null,
      hasTextValue: isScalar(pair.value) && typeof pair.value.value === 'string',
    });
  }
  return keys;
}

const TOML_KEY_LINE = /^(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*=/;
const TOML_MULTILINE_QUOTE = /"""|'''/g;

/** TOML keys before the first `[table]`; the tables themselves stay one data piece. */
function findTomlKeys(body: string): KeyLine[] {
  const keys: KeyLine[] = [];
  let insideMultilineString = false;
  let offset = 0;
  for (const line of body.split('\n')) {
    if (!insideMultilineString) {
      if (line.startsWith('[')) {
        keys.push({ offset, name: null, hasTextValue: false });
        break;
      }
      const key = TOML_KEY_LINE.exec(line);
      if (key) {
        const name = key[0].replace(/[ \t]*=$/, '').replace(/^["']|["']$/g, '');
        const hasTextValue = /^[ \t]*["']/.test(line.slice(key[0].length));
        keys.push({ offset, name, hasTextValue });
      }
    }
    if ((line.match(TOML_MULTILINE_QUOTE)?.length ?? 0) % 2 === 1) insideMultilineString = !insideMultilineString;
    offset += line.length + 1;
  }
  return keys;
}
