import { z } from 'zod';
import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { maxImportRequestBytes } from '@/lib/validation/articles.ts';

const bodySchema = z.strictObject({ markdown: z.string() });

/** A new English version of the article: segments are re-anchored, nothing translated is lost. */
export const POST = defineApiRoute('articles:import', async (request, viewer, { slug = '' }) => {
  const { markdown } = await readJsonBody(request, bodySchema, maxImportRequestBytes);
  return updateArticleSource(viewer, slug, markdown);
});
