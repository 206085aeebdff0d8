'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { assignUser, unassignUser } from '@/lib/dal/articles/assignments.ts';
import { setSegmentTranslatable } from '@/lib/dal/articles/segments.ts';
import { linkUnalignedBlock } from '@/lib/dal/articles/unaligned-blocks.ts';
import { assignmentSchema, linkUnalignedSchema, setTranslatableSchema } from '@/lib/validation/articles.ts';

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

export const assignUserAction = defineAction(assignmentSchema, async (input, viewer) => {
  await assignUser(viewer, input.slug, input.userId);
  revalidatePath('/workspace/articles/[slug]', 'page');
});

export const unassignUserAction = defineAction(assignmentSchema, async (input, viewer) => {
  await unassignUser(viewer, input.slug, input.userId);
  revalidatePath('/workspace/articles/[slug]', 'page');
});
