import { z } from 'zod';
import type { SourceSegment } from './source-segment.ts';
import { splitSegmentSource } from './source-segment.ts';

/**
 * Where an imported Chinese block stood in its file: enough to write it back byte for byte. An
 * imported block keeps its own indentation and the separator that followed it, so exporting an
 * untouched import gives back the translator's file; text typed in Duet follows the English layout.
 */
export interface BlockLayout {
  /** Spaces or tabs before the block's first character on its line. */
  indent: string;
  /** The whitespace after the block, up to the line the next block starts on. */
  after: string;
  /** The first and last top-level blocks of the file this text spans: neighbours are recognised by them. */
  first: number;
  last: number;
  /** What came before the file's first block (blank lines, a byte order mark): only on that block. */
  prefix?: string;
}

/** A Chinese block's content in its file, and its layout. */
export interface LocatedBlock {
  segment: SourceSegment;
  /** Offsets of the block's content (without surrounding whitespace) in the document. */
  start: number;
  end: number;
  indent: string;
  after: string;
  prefix: string;
}

/** Every top-level block of a segmented document with its offsets and layout. */
export function locateBlocks(segments: readonly SourceSegment[]): LocatedBlock[] {
  let offset = 0;
  return segments.map((segment) => {
    const { leading, content, trailing } = splitSegmentSource(segment.source);
    const lineBreak = leading.lastIndexOf('\n') + 1;
    const indentStart = Math.max(lineBreak, leading.startsWith('\uFEFF') ? 1 : 0);
    const start = offset + leading.length;
    offset += segment.source.length;
    return {
      segment,
      start,
      end: start + content.length,
      indent: leading.slice(indentStart),
      after: trailing,
      prefix: leading.slice(0, indentStart),
    };
  });
}

/** The layout of the text that runs from block `first` to block `last` (indexes into `blocks`). */
export function layoutOf(blocks: readonly LocatedBlock[], first: number, last: number, fileIndex: (block: number) => number): BlockLayout {
  const layout: BlockLayout = {
    indent: blocks[first]!.indent,
    after: blocks[last]!.after,
    first: fileIndex(first),
    last: fileIndex(last),
  };
  if (layout.first === 0 && blocks[first]!.prefix !== '') layout.prefix = blocks[first]!.prefix;
  return layout;
}

const whitespace = z.string().regex(/^[\uFEFF \t\r\n\f\v]*$/);

const storedLayoutSchema = z.strictObject({
  indent: whitespace,
  after: whitespace,
  first: z.number().int().nonnegative(),
  last: z.number().int().nonnegative(),
  prefix: whitespace.optional(),
});

/**
 * What an import recorded of a segment's place in the Chinese file: its layout, or that the file had
 * no counterpart for it (an English-only block, left out of the export until someone translates it).
 */
export interface ImportedPlacement {
  layout: BlockLayout | null;
  absent: boolean;
}

const ABSENT = '{"absent":true}';

/** A placement as stored in the database (JSON text); one that does not parse counts as none. */
export function parseStoredPlacement(stored: string | null | undefined): ImportedPlacement {
  if (!stored) return { layout: null, absent: false };
  if (stored === ABSENT) return { layout: null, absent: true };
  try {
    const parsed = storedLayoutSchema.safeParse(JSON.parse(stored));
    return { layout: parsed.success ? (parsed.data as BlockLayout) : null, absent: false };
  } catch {
    return { layout: null, absent: false };
  }
}

export function storePlacement(placement: Partial<ImportedPlacement>): string | null {
  if (placement.layout) return JSON.stringify(placement.layout);
  return placement.absent ? ABSENT : null;
}
