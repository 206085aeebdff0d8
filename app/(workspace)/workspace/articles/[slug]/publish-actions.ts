'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { listPublishBlockers } from '@/lib/dal/translating/quality.ts';
import { updatePublicSite } from '@/lib/server/public-site.ts';
import { articleSlugSchema } from '@/lib/validation/reviews.ts';

/** Publishing and unpublishing change the reading site's files and the article's workspace pages. */
async function updatePages(slug: string, published: boolean): Promise<void> {
  await updatePublicSite({ slug, published });
  revalidatePath(`/workspace/articles/${slug}`);
  revalidatePath(`/workspace/articles/${slug}/publications`);
}

export const publishArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  const { number } = await publishArticle(viewer, slug);
  await updatePages(slug, true);
  return { number };
});

export const unpublishArticleAction = defineAction(articleSlugSchema, async ({ slug }, viewer) => {
  await unpublishArticle(viewer, slug);
  await updatePages(slug, false);
});

/** What stops publishing, segment by segment: shown when a publish is refused. */
export const listPublishBlockersAction = defineAction(articleSlugSchema, ({ slug }, viewer) => listPublishBlockers(viewer, slug));
