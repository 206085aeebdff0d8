import { restoreMarkdown, type InlineCode, type Piece } from '../xliff/inline-codes.ts';
import { readXliff, type ReadUnit } from '../xliff/read-xliff.ts';
import { articleCoder, sourceMarkdown, targetMarkdown, type RestoredText, type XliffSegment } from '../xliff/unit-markdown.ts';
import type { TranslationStatus } from './article-export.ts';
import { XliffError } from './xliff-error.ts';

/** One translatable unit read back from XLIFF: the segment id, its source, and the translation. */
export interface XliffUnit {
  id: string;
  source: string;
  target: string | null;
  state: TranslationStatus;
}

/**
 * Reads XLIFF 2.x or 1.2 into its translatable units as Markdown, in document order. Units marked
 * `translate="no"` (themselves or through their file or group) are skipped. With the article's
 * segments, each inline code and the block syntax come from the segment (a 1.2 file and a tool that
 * drops `<originalData>` need them); without, from the Markdown the file carries for each code.
 */
export function parseXliff(xml: string, segments?: readonly XliffSegment[]): XliffUnit[] {
  const bySegmentId = new Map(segments?.map((segment) => [segment.id, segment]));
  const coder = articleCoder(segments ?? []);
  const seen = new Set<string>();
  return readXliff(xml)
    .units.filter((unit) => unit.translate)
    .map((unit) => {
      if (seen.has(unit.id)) throw new XliffError(`Two units have the id "${unit.id}"`);
      seen.add(unit.id);
      const segment = bySegmentId.get(unit.id);
      const read = (pieces: Piece[], which: 'source' | 'target') =>
        orThrow(unit.id, segment ? (which === 'source' ? sourceMarkdown : targetMarkdown)(segment, pieces, coder) : fromFileData(unit, pieces));
      return { id: unit.id, source: read(unit.source, 'source'), target: unit.target && read(unit.target, 'target'), state: unit.status };
    });
}

function fromFileData(unit: ReadUnit, pieces: Piece[]): RestoredText {
  const codes = new Map<string, InlineCode>();
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    const id = 'ph' in piece ? piece.ph : 'open' in piece ? piece.open : piece.close;
    const markdown = 'ph' in piece ? unit.data.get(id) : undefined;
    const open = unit.data.get(`${id}:open`);
    const close = unit.data.get(`${id}:close`);
    if (markdown !== undefined) codes.set(id, { id, kind: 'html', markdown });
    else if (open !== undefined && close !== undefined) codes.set(id, { id, kind: 'html', open, close });
    else return { ok: false, reason: `its inline code ${id} carries no Markdown` };
  }
  return { ok: true, markdown: restoreMarkdown(pieces, codes, { head: '', tail: '', lineStarts: [] }) };
}

function orThrow(unitId: string, restored: RestoredText): string {
  if (!restored.ok) throw new XliffError(`Unit "${unitId}" cannot be turned back into Markdown: ${restored.reason}`);
  return restored.markdown;
}
