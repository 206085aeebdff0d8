import { ValidationError } from '@/lib/errors.ts';

/** The largest Markdown file Duet imports (each of an English file and its translation). */
export const maxArticleBytes = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of an uploaded Markdown file, or a ValidationError naming what is wrong with it. The
 * byte-order mark is kept, so the source round-trips byte for byte.
 */
export function decodeMarkdownFile(bytes: Uint8Array, label = 'The file'): string {
  if (bytes.length > maxArticleBytes) throw new ValidationError(`${label} is larger than 5 MB`);
  if (bytes.includes(0)) throw new ValidationError(`${label} is binary, not Markdown text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ValidationError(`${label} is not UTF-8 text`);
  }
}
