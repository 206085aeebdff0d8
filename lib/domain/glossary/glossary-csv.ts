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
 * A ' that guards a formula (see `guardFormula`) is taken off.
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
      const field = fields[index];
      if (isColumn(name)) row[FIELD_OF_COLUMN[name]] = field === undefined ? undefined : unguardFormula(field);
    });
    raw.push({ line, fields: row });
  }
  return validateGlossaryRows(raw, invalid);
}

export function writeGlossaryCsv(terms: readonly GlossaryTermFields[]): string {
  return formatCsv([
    GLOSSARY_CSV_COLUMNS,
    ...terms.map((term) => GLOSSARY_CSV_COLUMNS.map((column) => guardFormula(term[FIELD_OF_COLUMN[column]]))),
  ]);
}

/*
 * Spreadsheet formulas (OWASP, "CSV injection"): Excel, LibreOffice and Google Sheets run a cell that
 * starts with = + - @, a tab or a carriage return as a formula (`=HYPERLINK(…)`), so the export puts a
 * ' in front of one, which spreadsheets take as "this is text" and do not show. The import takes it
 * off again, and the rule is exact for every cell Duet writes, so an export imports back unchanged:
 * - written: a cell that starts with any number of ' and then one of those characters gets one more ';
 * - read: a cell that starts with one or more ' and then one of those characters loses its first '.
 * A ' before anything else (`'tis`) is the term's own and is kept both ways.
 */
const formulaAfterQuotes = /^'*[=+\-@\t\r]/;
const guardedFormula = /^'+[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return formulaAfterQuotes.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return guardedFormula.test(value) ? value.slice(1) : value;
}
