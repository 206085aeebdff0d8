'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { revalidatePublicPages } from '@/lib/server/revalidate-public-pages.ts';
import { articleSlugSchema } from '@/lib/validation/reviews.ts';

/** Readers' pages are cached; publishing and unpublishing are what changes them. */
function revalidateReaderPages(slug: string, published: boolean): void {
  revalidatePublicPages({ slug, published });
  revalidatePath(`/workspace/articles/${slug}`);
  revalidatePath(`/workspace/articles/${slug}/publications`);
}

export const publishArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  const { number } = await publishArticle(viewer, slug);
  revalidateReaderPages(slug, true);
  return { number };
});

export const unpublishArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  await unpublishArticle(viewer, slug);
  revalidateReaderPages(slug, false);
});
