import { SaxesParser } from 'saxes';
import { ValidationError } from '../../errors.ts';
import { isEnglishTag, isSimplifiedChineseTag } from '../language-tags.ts';

/** A TMX file Duet cannot read; the message names the problem. Nothing from it is imported. */
export class TmxError extends ValidationError {}

export interface TmxPair {
  source: string;
  target: string;
}

export interface ParsedTmx {
  pairs: TmxPair[];
  /** Units without both an English and a Simplified Chinese variant, or with an empty one. */
  skipped: number;
}

/*
 * Inline elements that stand for the original document's formatting codes (TMX 1.4 §3.7): their
 * content is native code, not text. `hi` only highlights text and is read through.
 */
const NATIVE_CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * Reads the English → Simplified Chinese pairs of a TMX 1.4 (or 1.1–1.3) file, streaming, so a large
 * memory does not have to fit in memory twice. Which variant is the source does not matter: a
 * Chinese → English memory gives the same pairs. saxes never expands DTD entities.
 */
export function parseTmx(xml: string): ParsedTmx {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const pairs: TmxPair[] = [];
  let skipped = 0;
  let root: string | null = null;
  let variants: Array<{ lang: string | undefined; text: string }> = [];
  let lang: string | undefined;
  let text: string | null = null;
  let codeDepth = 0;

  parser.on('opentag', (tag) => {
    root ??= tag.name;
    if (root !== 'tmx') throw new TmxError(`The file is not TMX: its root element is <${tag.name}>`);
    if (tag.name === 'tu') variants = [];
    else if (tag.name === 'tuv') lang = tag.attributes['xml:lang'] ?? tag.attributes.lang;
    else if (tag.name === 'seg') text = '';
    else if (text !== null && NATIVE_CODE.has(tag.name)) codeDepth += 1;
  });
  const addText = (chunk: string) => {
    if (text !== null && codeDepth === 0) text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    if (NATIVE_CODE.has(tag.name) && codeDepth > 0) codeDepth -= 1;
    else if (tag.name === 'seg' && text !== null) {
      variants.push({ lang, text: text.trim() });
      text = null;
    } else if (tag.name === 'tu') {
      const source = variants.find((variant) => isEnglishTag(variant.lang))?.text;
      const target = variants.find((variant) => isSimplifiedChineseTag(variant.lang))?.text;
      if (source && target) pairs.push({ source, target });
      else skipped += 1;
    }
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof TmxError) throw error;
    throw new TmxError(`The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (root === null) throw new TmxError('The file is empty');
  return { pairs, skipped };
}
