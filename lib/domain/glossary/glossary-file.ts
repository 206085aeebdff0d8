import { ValidationError } from '../../errors.ts';
import { glossaryTermSchema, type GlossaryTermFields } from './glossary-term.ts';

export type GlossaryFormat = 'csv' | 'tbx';

/** A glossary file that cannot be read at all (not CSV, not TBX, no header); nothing is imported. */
export class GlossaryFileError extends ValidationError {}

/** `line` is where the row (CSV) or the entry (TBX) starts in the file, counting from 1. */
export interface GlossaryFileRow {
  line: number;
  term: GlossaryTermFields;
}

export interface InvalidGlossaryRow {
  line: number;
  message: string;
}

export interface ParsedGlossaryFile {
  rows: GlossaryFileRow[];
  invalid: InvalidGlossaryRow[];
}

/** An XML declaration or element first means TBX; anything else is read as CSV. */
export function detectGlossaryFormat(content: string): GlossaryFormat {
  return content.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? 'tbx' : 'csv';
}

export type RawGlossaryRow = { line: number; fields: Record<keyof GlossaryTermFields, string | undefined> };

/**
 * Checks each row as the admin form would, and refuses a second row for the same English and
 * Chinese pair: which of the two was meant is not for the importer to guess.
 */
export function validateGlossaryRows(raw: readonly RawGlossaryRow[], invalid: InvalidGlossaryRow[] = []): ParsedGlossaryFile {
  const rows: GlossaryFileRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of raw) {
    const parsed = glossaryTermSchema.safeParse({
      source: fields.source ?? '',
      target: fields.target ?? '',
      notes: fields.notes ?? '',
      partOfSpeech: fields.partOfSpeech ?? '',
      status: fields.status?.trim() || 'preferred',
    });
    if (!parsed.success) {
      invalid.push({ line, message: parsed.error.issues.map((issue) => `${FIELD_NAMES[String(issue.path[0])] ?? 'row'}: ${issue.message}`).join('; ') });
      continue;
    }
    const key = `${parsed.data.source}\u0000${parsed.data.target}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      invalid.push({ line, message: `repeats the term on line ${earlier}` });
      continue;
    }
    firstLine.set(key, line);
    rows.push({ line, term: parsed.data });
  }
  invalid.sort((a, b) => a.line - b.line);
  return { rows, invalid };
}

const FIELD_NAMES: Record<string, string> = {
  source: 'english',
  target: 'chinese',
  notes: 'notes',
  partOfSpeech: 'part_of_speech',
  status: 'status',
};
