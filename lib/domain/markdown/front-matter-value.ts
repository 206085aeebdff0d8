import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { maxFrontMatterChars } from '../article-metadata.ts';
import { segmentContent } from './source-segment.ts';

/**
 * A front matter segment holding one text field (`title: "…"`, `title = "…"`). Translators see and
 * type only the value; exports write it back as a line quoted like this one.
 */
export interface FrontMatterField {
  key: string;
  value: string;
  /** The field as written up to its value: the key and separator, e.g. `title: `. */
  prefix: string;
  quoting: 'plain' | 'double' | 'single';
  format: 'yaml' | 'toml';
}

/** A title or description is a line or a short paragraph; longer text is not read as a field. */
const MAX_FIELD_CHARS = 16 * 1024;
const TOML_FIELD = /^((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*=[ \t]*)("(?:[^"\\\n]|\\.)*"|'[^'\n]*')[ \t]*(?:#[^\n]*)?$/;

/** The key and text value of one front matter field, or null when `content` is not a single text field. */
export function readFrontMatterField(content: string): FrontMatterField | null {
  if (content.length > MAX_FIELD_CHARS) return null;
  return readYamlField(content) ?? readTomlField(content);
}

function readYamlField(content: string): FrontMatterField | null {
  const document = parseDocument(content);
  if (document.errors.length > 0 || !isMap(document.contents) || document.contents.items.length !== 1) return null;
  const [pair] = document.contents.items;
  if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return null;
  const valueStart = pair.value.range?.[0];
  if (valueStart === undefined || pair.key.range?.[0] !== 0) return null;
  const type = pair.value.type;
  return {
    key: String(pair.key.value),
    value: pair.value.value,
    prefix: content.slice(0, valueStart),
    quoting: type === Scalar.QUOTE_DOUBLE ? 'double' : type === Scalar.QUOTE_SINGLE ? 'single' : 'plain',
    format: 'yaml',
  };
}

function readTomlField(content: string): FrontMatterField | null {
  const match = TOML_FIELD.exec(content);
  if (!match) return null;
  const [, prefix = '', written = ''] = match;
  const key = prefix.replace(/[ \t]*=[ \t]*$/, '').replace(/^(["'])(.*)\1$/, '$2');
  if (written.startsWith("'")) return { key, value: written.slice(1, -1), prefix, quoting: 'single', format: 'toml' };
  try {
    // TOML's basic-string escapes are JSON's, plus \e and \U, which JSON.parse refuses: such a line is left as it is.
    return { key, value: JSON.parse(written) as string, prefix, quoting: 'double', format: 'toml' };
  } catch {
    return null;
  }
}

/**
 * A field's translation as a plain value. Translators type the value; imports stored the whole line
 * (`title: "你好"`) before, and a line for the same key is still read as its value.
 */
export function translatedFieldValue(field: FrontMatterField, text: string): string {
  const content = segmentContent(text);
  const written = readFrontMatterField(content);
  return written?.key === field.key ? written.value : content;
}

/** Whether a stored translation is a whole `key: value` line for this field rather than a plain value. */
export function isFieldLine(field: FrontMatterField, text: string): boolean {
  return readFrontMatterField(segmentContent(text))?.key === field.key;
}

/**
 * The field's line with `value` in it, quoted like `reference` (the line the translator imported, or
 * the English one): JSON-style double quotes, which YAML and TOML both read, unless the reference
 * used single quotes or no quotes and the value reads back the same that way.
 */
export function formatFrontMatterField(reference: FrontMatterField, value: string): string {
  const oneLine = !/[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/.test(value);
  if (reference.quoting === 'single' && oneLine && (reference.format === 'yaml' || !value.includes("'"))) {
    return `${reference.prefix}'${reference.format === 'yaml' ? value.replace(/'/g, "''") : value}'`;
  }
  if (reference.quoting === 'plain' && reference.format === 'yaml' && oneLine) {
    const line = `${reference.prefix}${value}`;
    const reread = readYamlField(line);
    if (reread?.key === reference.key && reread.value === value && reread.quoting === 'plain') return line;
  }
  return `${reference.prefix}${doubleQuoted(value)}`;
}

/** A JSON string, with what YAML and TOML do not allow raw (DEL, C1 controls, BOM) escaped too. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

type SegmentLike = { kind: string; source: string; translatable: boolean };

/** The text field a translatable front matter segment holds, or null (other segments, front matter data). */
export function fieldOfSegment(segment: SegmentLike): FrontMatterField | null {
  return segment.kind === 'frontmatter' && segment.translatable ? readFrontMatterField(segmentContent(segment.source)) : null;
}

/** What a translator translates: a front matter field's value, or the segment's Markdown. */
export function editableSource(segment: SegmentLike): string {
  return fieldOfSegment(segment)?.value ?? segmentContent(segment.source);
}

/** A stored translation as the translator edits it and the checks read it: a field's plain value, or the text. */
export function editableTranslation(segment: SegmentLike, text: string): string {
  const field = fieldOfSegment(segment);
  return field && isFieldLine(field, text) ? translatedFieldValue(field, text) : text;
}

/**
 * A segment and its translation as people read them, trimmed once: the source and the text the checks,
 * the memory and reviewers see (a front matter field's plain values, else the texts without the
 * whitespace around them). Every reader of a stored pair goes through here.
 */
export function editablePair(segment: SegmentLike, text: string): { source: string; target: string } {
  return { source: editableSource(segment), target: segmentContent(editableTranslation(segment, text)) };
}

/**
 * What an import stores for an aligned Chinese block: a front matter field's plain value (the file's
 * own line is kept in the article's imported front matter, see `readFrontMatterBlock`), else the block.
 */
export function importedTranslationText(segment: SegmentLike, text: string | null): string | null {
  return text === null ? null : editableTranslation(segment, text);
}

/**
 * The top-level keys of a YAML front matter (with or without its `---` fences) and each key's text
 * as written, without trailing whitespace. Empty when it does not parse.
 */
export function readFrontMatterEntries(frontMatter: string | null | undefined): Map<string, string> {
  const entries = new Map<string, string>();
  if (!frontMatter || frontMatter.length > maxFrontMatterChars) return entries;
  const body = frontMatter.replace(/^\uFEFF?---[ \t]*\r?\n/, '').replace(/(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n[\s\S]*)?$/, '');
  const document = parseDocument(body);
  if (document.errors.length > 0 || !isMap(document.contents)) return entries;
  const starts = document.contents.items.map((pair) => (isScalar(pair.key) ? { key: String(pair.key.value), start: pair.key.range?.[0] } : null));
  starts.forEach((entry, index) => {
    if (!entry || entry.start === undefined) return;
    const end = starts.slice(index + 1).find((next) => next?.start !== undefined)?.start ?? body.length;
    entries.set(entry.key, body.slice(lineStart(body, entry.start), end).trimEnd());
  });
  return entries;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A Markdown file's YAML front matter block, fences included, or null when it has none. */
export function readFrontMatterBlock(markdown: string): string | null {
  return /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(markdown)?.[0] ?? null;
}
