'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action.ts';
import { importArticle, previewImport } from '@/lib/dal/articles/articles.ts';
import { importFormSchema } from '@/lib/validation/articles.ts';

export const previewImportAction = defineAction(importFormSchema, (input, viewer) => previewImport(viewer, input));

export const importArticleAction = defineAction(importFormSchema, async (input, viewer) => {
  const summary = await importArticle(viewer, input);
  redirect(`/workspace/articles/${summary.slug}`);
});
