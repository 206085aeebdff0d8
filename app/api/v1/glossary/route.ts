import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { readTextBody } from '@/lib/api/read-text-body.ts';
import { createGlossaryTerm, importGlossary, listGlossaryTerms } from '@/lib/dal/memory/glossary.ts';
import { exportGlossary } from '@/lib/domain/glossary/glossary-files.ts';
import type { GlossaryFormat } from '@/lib/domain/glossary/glossary-file.ts';
import { ValidationError } from '@/lib/errors.ts';
import { glossaryQuerySchema, glossaryTermSchema, maxGlossaryFileBytes } from '@/lib/validation/glossary.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';

/** `?q=&status=preferred|forbidden` filters; `?format=csv|tbx` downloads the glossary as a file. */
export const GET = defineApiRoute(async (request, viewer) => {
  const { format, ...filter } = parseOrThrow(glossaryQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const terms = await listGlossaryTerms(viewer, filter);
  if (format === 'json') return { terms };
  const file = exportGlossary(terms, format);
  return new Response(file.body, {
    headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'private, no-store' },
  });
});

/**
 * Admins only. A JSON body creates one term (201); a CSV (`text/csv`) or TBX (`application/xml`,
 * `text/xml`, `application/x-tbx+xml`) body imports a file and answers with what it did. A file with
 * invalid rows imports nothing and answers 400 with each row's problem under `fields`.
 */
export const POST = defineApiRoute('glossary:manage', async (request, viewer) => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    const term = await createGlossaryTerm(viewer, await readJsonBody(request, glossaryTermSchema));
    return Response.json({ term }, { status: 201, headers: { 'cache-control': 'no-store' } });
  }
  const format = FILE_TYPES[type];
  if (!format) throw new ValidationError('Send one term as application/json, or a glossary file as text/csv or application/xml (TBX)');
  const report = await importGlossary(viewer, { format, content: await readTextBody(request, maxGlossaryFileBytes) });
  if (report.invalid.length > 0) {
    throw new ValidationError(
      `${report.invalid.length} rows are invalid; nothing was imported`,
      Object.fromEntries(report.invalid.map((row) => [`line ${row.line}`, [row.message]])),
    );
  }
  return report;
});

const FILE_TYPES: Record<string, GlossaryFormat> = {
  'text/csv': 'csv',
  'application/xml': 'tbx',
  'text/xml': 'tbx',
  'application/x-tbx+xml': 'tbx',
};
