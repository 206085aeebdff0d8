'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { setSegmentTranslatable } from '@/lib/dal/segments.ts';
import { linkUnalignedBlock } from '@/lib/dal/unaligned-blocks.ts';
import { linkUnalignedSchema, setTranslatableSchema } from '@/lib/validation/articles.ts';

export const linkUnalignedBlockAction = defineAction(linkUnalignedSchema, async (input, viewer) => {
  const result = await linkUnalignedBlock(viewer, input);
  revalidatePath('/workspace/articles/[slug]', 'page');
  return result;
});

export const setSegmentTranslatableAction = defineAction(setTranslatableSchema, async (input, viewer) => {
  const result = await setSegmentTranslatable(viewer, input);
  revalidatePath('/workspace/articles/[slug]', 'page');
  return result;
});
