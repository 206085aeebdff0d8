import { defineApiRoute, readJsonBody } from '@/lib/api/define-route.ts';
import { importArticle, listArticles } from '@/lib/dal/articles/articles.ts';
import { importArticleSchema, maxImportRequestBytes } from '@/lib/validation/articles.ts';

export const GET = defineApiRoute(async (_request, viewer) => ({ articles: await listArticles(viewer) }));

export const POST = defineApiRoute('articles:import', async (request, viewer) => {
  const summary = await importArticle(viewer, await readJsonBody(request, importArticleSchema, maxImportRequestBytes));
  return Response.json(summary, { status: 201, headers: { 'cache-control': 'no-store' } });
});
