'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { archiveArticle, deleteArticle, unarchiveArticle } from '@/lib/dal/articles/archive.ts';
import { updatePublicSite } from '@/lib/server/public-site.ts';
import { deleteArticleSchema } from '@/lib/validation/article-admin.ts';
import { articleSlugSchema } from '@/lib/validation/reviews.ts';

export const archiveArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  await archiveArticle(viewer, slug);
  revalidatePath(`/workspace/articles/${slug}`);
  revalidatePath('/workspace');
});

export const unarchiveArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  await unarchiveArticle(viewer, slug);
  revalidatePath(`/workspace/articles/${slug}`);
  revalidatePath('/workspace');
});

/** Deletes the article once its slug is typed as `confirm`; its reader pages go after the commit. */
export const deleteArticleAction = defineAction(articleSlugSchema.extend(deleteArticleSchema.shape), async ({ slug, confirm }, viewer) => {
  await deleteArticle(viewer, slug, { confirm });
  await updatePublicSite({ slug, published: false });
  revalidatePath('/workspace');
});
