'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { linkUnalignedBlock } from '@/lib/dal/unaligned-blocks.ts';
import { linkUnalignedSchema } from '@/lib/validation/articles.ts';

export const linkUnalignedBlockAction = defineAction(linkUnalignedSchema, async (input, viewer) => {
  const result = await linkUnalignedBlock(viewer, input);
  revalidatePath('/workspace/articles/[slug]', 'page');
  return result;
});
