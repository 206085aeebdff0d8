import { formatCsv, parseCsv } from './csv.ts';
import { GlossaryFileError, validateGlossaryRows, type InvalidGlossaryRow, type ParsedGlossaryFile, type RawGlossaryRow } from './glossary-file.ts';
import type { GlossaryTermFields } from './glossary-term.ts';

/** The columns of a glossary CSV, in the order Duet writes them. */
export const GLOSSARY_CSV_COLUMNS = ['english', 'chinese', 'notes', 'part_of_speech', 'status'] as const;

const FIELD_OF_COLUMN = {
  english: 'source',
  chinese: 'target',
  notes: 'notes',
  part_of_speech: 'partOfSpeech',
  status: 'status',
} as const satisfies Record<(typeof GLOSSARY_CSV_COLUMNS)[number], keyof GlossaryTermFields>;

const isColumn = (name: string): name is (typeof GLOSSARY_CSV_COLUMNS)[number] => Object.hasOwn(FIELD_OF_COLUMN, name);

/**
 * Reads a glossary CSV. The first row names the columns, in any order and any letter case; english
 * and chinese are required, notes, part_of_speech and status (preferred or forbidden, preferred when
 * empty) optional, and other columns are ignored. A row with missing trailing fields reads them as empty.
 */
export function readGlossaryCsv(text: string): ParsedGlossaryFile {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new GlossaryFileError('The file is empty');
  const names = header.fields.map((name) => name.trim().toLowerCase());
  for (const required of ['english', 'chinese'] as const) {
    if (!names.includes(required)) throw new GlossaryFileError(`The first row must name the columns; "${required}" is missing (expected ${GLOSSARY_CSV_COLUMNS.join(', ')})`);
  }
  const repeated = names.find((name, index) => isColumn(name) && names.indexOf(name) !== index);
  if (repeated) throw new GlossaryFileError(`The column "${repeated}" appears twice`);

  const invalid: InvalidGlossaryRow[] = [];
  const raw: RawGlossaryRow[] = [];
  for (const { line, fields } of records) {
    if (fields.length > names.length) {
      invalid.push({ line, message: `has ${fields.length} fields but the header names ${names.length} columns` });
      continue;
    }
    const row: RawGlossaryRow['fields'] = { source: undefined, target: undefined, notes: undefined, partOfSpeech: undefined, status: undefined };
    names.forEach((name, index) => {
      if (isColumn(name)) row[FIELD_OF_COLUMN[name]] = fields[index];
    });
    raw.push({ line, fields: row });
  }
  return validateGlossaryRows(raw, invalid);
}

export function writeGlossaryCsv(terms: readonly GlossaryTermFields[]): string {
  return formatCsv([
    GLOSSARY_CSV_COLUMNS,
    ...terms.map((term) => GLOSSARY_CSV_COLUMNS.map((column) => term[FIELD_OF_COLUMN[column]])),
  ]);
}
