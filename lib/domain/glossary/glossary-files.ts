import type { ExportedFile } from '../export/export-formats.ts';
import { readGlossaryCsv, writeGlossaryCsv } from './glossary-csv.ts';
import type { GlossaryFormat, ParsedGlossaryFile } from './glossary-file.ts';
import { readGlossaryTbx, writeGlossaryTbx } from './glossary-tbx.ts';
import type { GlossaryTermFields } from './glossary-term.ts';

/** The glossary as a download in one of its file formats. */
export function exportGlossary(terms: readonly GlossaryTermFields[], format: GlossaryFormat): ExportedFile {
  switch (format) {
    case 'csv':
      return { filename: 'glossary.csv', contentType: 'text/csv; charset=utf-8', body: writeGlossaryCsv(terms) };
    case 'tbx':
      return { filename: 'glossary.tbx', contentType: 'application/x-tbx+xml; charset=utf-8', body: writeGlossaryTbx(terms) };
    default: {
      const unknown: never = format;
      throw new Error(`Unknown glossary format ${String(unknown)}`);
    }
  }
}

/** Reads a glossary file; throws GlossaryFileError when it cannot be read at all. */
export function readGlossaryFile(content: string, format: GlossaryFormat): ParsedGlossaryFile {
  return format === 'csv' ? readGlossaryCsv(content) : readGlossaryTbx(content);
}
