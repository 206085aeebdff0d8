import { defineApiRoute } from '@/lib/api/define-route.ts';
import { readTextBody } from '@/lib/api/read-text-body.ts';
import { importXliff } from '@/lib/dal/translating/xliff-import.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { maxXliffFileBytes, xliffImportQuerySchema } from '@/lib/validation/xliff.ts';

/**
 * Brings a translated XLIFF file (1.2 or 2.0) or PO file (the request body) back into the article: answers
 * `{ applied, unchanged, conflicts, refused }`. `?dryRun=1` answers the same and writes nothing.
 */
export const POST = defineApiRoute('translations:edit', async (request, viewer, { slug = '' }) => {
  const { dryRun } = parseOrThrow(xliffImportQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return importXliff(viewer, slug, await readTextBody(request, maxXliffFileBytes), { dryRun });
});
