import { GlossaryFileError } from './glossary-file.ts';

export interface CsvRecord {
  /** The line the record starts on, counting from 1 (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes, a doubled quote for a
 * quote inside one, CRLF or LF between records. A byte order mark (as Excel writes) is skipped and
 * blank lines are ignored. An unclosed quote, or text after a closing quote, is an error.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
  };
  while (index < input.length) {
    const char = input[index]!;
    if (char === '"' && atFieldStart) {
      const quoteLine = line;
      index += 1;
      for (;;) {
        if (index >= input.length) throw new GlossaryFileError(`Line ${quoteLine}: a quoted field is never closed`);
        const inner = input[index]!;
        index += 1;
        if (inner !== '"') {
          if (inner === '\n') line += 1;
          field += inner;
        } else if (input[index] === '"') {
          field += '"';
          index += 1;
        } else break;
      }
      const next = input[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new GlossaryFileError(`Line ${line}: text after a closing quote (write a quote inside a quoted field as "")`);
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (char === ',') endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += char;
    index += 1;
  }
  if (!atFieldStart || fields.length > 0) endRecord();
  return records;
}

/** Writes RFC 4180 CSV with CRLF line endings, quoting only the fields that need it. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
