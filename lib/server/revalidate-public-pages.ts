import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * After a publish or unpublish: every cached reader page (home and its pages and tags, articles,
 * 404s of not-yet-published articles) is rendered again on its next request. Publishing is rare,
 * so dropping the whole reader cache is cheaper than tracking which listings show which article.
 * The feed, sitemap, search and public API are not cached by the server.
 */
export function revalidatePublicPages(): void {
  revalidatePath('/', 'layout');
}
