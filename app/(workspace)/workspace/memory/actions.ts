'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.ts';
import { importTmx, rebuildMemory } from '@/lib/dal/memory/memory.ts';
import { tmxUploadSchema } from '@/lib/validation/memory.ts';

export const importTmxAction = defineAction(tmxUploadSchema, async ({ file }, viewer) => {
  const summary = await importTmx(viewer, await file.text());
  revalidatePath('/workspace/memory');
  return summary;
});

export const rebuildMemoryAction = defineAction(z.strictObject({}), async (_input, viewer) => {
  const summary = await rebuildMemory(viewer);
  revalidatePath('/workspace/memory');
  return summary;
});
