import { defineApiRoute } from '@/lib/api/define-route.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { exportArticle } from '@/lib/domain/export/export-formats.ts';
import { exportQuerySchema } from '@/lib/validation/articles.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';

/** `?format=source|zh|seed|bilingual|xliff|xliff12|po|tmx&untranslated=omit|source`, as a download. */
export const GET = defineApiRoute(async (request, viewer, { slug = '' }) => {
  const query = parseOrThrow(exportQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const file = exportArticle(await getArticleExportOrThrow(viewer, slug), query.format, query.untranslated);
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'private, no-store',
    },
  });
});
