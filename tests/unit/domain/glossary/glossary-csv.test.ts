import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '@/lib/domain/glossary/csv.ts';
import { readGlossaryCsv, writeGlossaryCsv } from '@/lib/domain/glossary/glossary-csv.ts';
import { GlossaryFileError } from '@/lib/domain/glossary/glossary-file.ts';
import type { GlossaryTermFields } from '@/lib/domain/glossary/glossary-term.ts';

const terms: GlossaryTermFields[] = [
  { source: 'attention head', target: '注意力头', notes: '', partOfSpeech: 'noun', status: 'preferred' },
  { source: 'fine-tune', target: '微调', notes: 'Not "精调", see "style guide", §2', partOfSpeech: 'verb', status: 'preferred' },
  { source: 'fine-tune', target: '精调', notes: 'Line one\nline two', partOfSpeech: '', status: 'forbidden' },
  { source: ' padded ', target: '填充', notes: '', partOfSpeech: '', status: 'preferred' },
];

describe('RFC 4180 CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and skips a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n\r\n"multi\nline",,x\ny')).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', '', 'x'] },
      { line: 5, fields: ['y'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('a,"open\nb')).toThrow(/Line 1: a quoted field is never closed/);
    expect(() => parseCsv('a,"closed"x')).toThrow(GlossaryFileError);
  });

  it('writes only the fields that need quoting, with CRLF line endings', () => {
    expect(formatCsv([['a', 'b,c', 'say "hi"', ' x', 'line\nbreak']])).toBe('a,"b,c","say ""hi"""," x","line\nbreak"\r\n');
  });
});

describe('glossary CSV', () => {
  it('round-trips every field', () => {
    const csv = writeGlossaryCsv(terms);
    expect(csv.split('\r\n')[0]).toBe('english,chinese,notes,part_of_speech,status');
    // The form trims values, so does the import.
    expect(readGlossaryCsv(csv)).toEqual({
      rows: terms.map((term, index) => ({ line: [2, 3, 4, 6][index], term: { ...term, source: term.source.trim() } })),
      invalid: [],
    });
  });

  it('takes the columns in any order and case, ignores unknown ones, and defaults status to preferred', () => {
    const { rows, invalid } = readGlossaryCsv('Chinese,id,English\n模型,17,model\n');
    expect(invalid).toEqual([]);
    expect(rows).toEqual([{ line: 2, term: { source: 'model', target: '模型', notes: '', partOfSpeech: '', status: 'preferred' } }]);
  });

  it('reports every invalid row with its line', () => {
    const csv = ['english,chinese,status', 'model,模型,preferred', ',空的,preferred', 'token,词元,maybe', 'model,模型,forbidden', 'a,b,c,d'].join('\n');
    expect(readGlossaryCsv(csv).invalid).toEqual([
      { line: 3, message: 'english: Enter the English term' },
      { line: 4, message: 'status: Status must be one of: preferred, forbidden' },
      { line: 5, message: 'repeats the term on line 2' },
      { line: 6, message: 'has 4 fields but the header names 3 columns' },
    ]);
  });

  it('refuses a file without a header naming english and chinese', () => {
    expect(() => readGlossaryCsv('')).toThrow(/empty/);
    expect(() => readGlossaryCsv('model,模型\n')).toThrow(/"english" is missing/);
    expect(() => readGlossaryCsv('english,chinese,English\n')).toThrow(/appears twice/);
  });
});
