import { alignTargetCodes, batchCoder, codedSourceText, codeId, codeMarkdown, codeSegment, restoreMarkdown, type CodedText, type Coder, type InlineCode, type Piece } from './inline-codes.ts';

export type XliffSegment = {
  id: string;
  kind: string;
  source: string;
  translatable: boolean;
  translation: { text: string; version?: number } | null;
};

/** A coder that knows every source and translation of these segments: export and import code them alike. */
export function articleCoder(segments: readonly XliffSegment[]): Coder {
  const texts = segments.flatMap((segment) => {
    const source = segment.translatable ? codedSourceText(segment) : null;
    return source === null ? [] : [source, ...(segment.translation ? [segment.translation.text] : [])];
  });
  return batchCoder(texts);
}

export type RestoredText = { ok: true; markdown: string } | { ok: false; reason: string };

/** The source of a unit as Markdown: its codes and block syntax are the segment's own. */
export function sourceMarkdown(segment: XliffSegment, pieces: readonly Piece[], coder: Coder = codeMarkdown): RestoredText {
  const source = codeSegment(segment, undefined, coder);
  return restoreWithCodes(pieces, source, new Map(source.codes.map((code) => [code.id, code])), source);
}

/**
 * A target read from XLIFF as the Markdown Duet stores: each code becomes the Markdown it stood for
 * (the translation's own where it had that code, else the source's), inside the translation's block
 * syntax (else the source's). A target without any code, where the source has some, is text from a
 * tool that showed the codes as their Markdown (translate-toolkit's PO files): it is read as
 * Markdown. Either way every code of the source must be there, once.
 */
export function targetMarkdown(segment: XliffSegment, pieces: readonly Piece[], coder: Coder = codeMarkdown): RestoredText {
  // An empty target is an empty translation (one merged into its neighbour's), without block syntax.
  if (pieces.length === 0) return { ok: true, markdown: '' };
  const source = codeSegment(segment, undefined, coder);
  // The translation as it was exported: its codes under the source's ids, the rest written out.
  const translation = segment.translation ? alignTargetCodes(source, codeSegment(segment, segment.translation.text, coder)) : null;
  const frame = translation && segment.translation!.text.trim() !== '' ? translation : source;
  const aligned = translation?.codes ?? [];
  if (source.codes.length > 0 && pieces.every((piece) => typeof piece === 'string')) {
    // A line break inside a code's Markdown (between table rows) takes nothing before the next line.
    const markdown = restoreMarkdown(pieces, new Map(), { ...frame, lineStarts: frame.lineStarts.length > 0 ? frame.lineStarts : [''] });
    const missing = missingCodes(source, codeSegment(segment, markdown)).filter((code) => !(translation ? missingCodes(source, translation) : []).includes(code));
    return missing.length === 0 ? { ok: true, markdown } : { ok: false, reason: `the inline codes do not match the source's: ${missing.join(', ')} missing` };
  }
  const codes = new Map(source.codes.map((code) => [code.id, code]));
  for (const code of aligned) codes.set(code.id, code);
  // A code the current translation does without may stay out.
  const optional = new Set(translation ? source.codes.filter((code) => !aligned.some((match) => match.id === code.id)).map((code) => code.id) : []);
  return restoreWithCodes(pieces, source, codes, frame, optional);
}

function restoreWithCodes(
  pieces: readonly Piece[],
  source: CodedText,
  codes: ReadonlyMap<string, InlineCode>,
  frame: CodedText,
  optional: ReadonlySet<string> = new Set(),
): RestoredText {
  const problem = codeProblem(pieces, source, optional);
  return problem ? { ok: false, reason: `the inline codes do not match the source's: ${problem}` } : { ok: true, markdown: restoreMarkdown(pieces, codes, frame) };
}

/** What is wrong with the codes of `pieces` against the source's, or null: unknown, repeated, unbalanced or missing codes. */
function codeProblem(pieces: readonly Piece[], source: CodedText, optional: ReadonlySet<string>): string | null {
  const byId = new Map(source.codes.map((code) => [code.id, code]));
  const seen = new Set<string>();
  const open: string[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    const id = codeId(piece);
    const code = byId.get(id);
    const key = `${'close' in piece ? 'close' : 'open'}:${id}`;
    if (!code) return `code ${id} is not in the source`;
    if ('ph' in piece !== 'markdown' in code) return `code ${id} is ${'markdown' in code ? 'standalone' : 'paired'} in the source`;
    if (seen.has(key)) return `code ${id} appears twice`;
    seen.add(key);
    if ('open' in piece) open.push(id);
    if ('close' in piece && open.pop() !== id) return `code ${id} is closed out of order`;
  }
  if (open.length > 0) return `code ${open[0]} is never closed`;
  const missing = source.codes.filter((code) => !seen.has(`open:${code.id}`) && !optional.has(code.id)).map((code) => code.id);
  return missing.length > 0 ? `code${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing` : null;
}

/** The source's codes (as Markdown) that `target` lacks: each must appear with the same Markdown. */
function missingCodes(source: CodedText, target: CodedText): string[] {
  const available = target.codes.map(markdownOf);
  return source.codes.flatMap((code) => {
    const index = available.indexOf(markdownOf(code));
    if (index === -1) return ['markdown' in code ? code.markdown : `${code.open}…${code.close}`];
    available.splice(index, 1);
    return [];
  });
}

function markdownOf(code: InlineCode): string {
  return 'markdown' in code ? code.markdown : `${code.open}\u0000${code.close}`;
}
