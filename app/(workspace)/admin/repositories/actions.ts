'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { setRepositorySyncInterval } from '@/lib/dal/repositories/repositories.ts';
import { addRepository } from '@/lib/repo/add.ts';
import { pushRepository } from '@/lib/repo/push.ts';
import { syncRepository } from '@/lib/repo/sync.ts';
import { addRepositoryFormSchema, pushRepositoryFormSchema, repositoryRefSchema, syncIntervalFormSchema } from '@/lib/validation/repositories.ts';

export const addRepositoryAction = defineAction(addRepositoryFormSchema, async (input, viewer) => {
  const added = await addRepository(viewer, input);
  revalidatePath('/admin/repositories');
  return { name: added.name };
});

export const syncRepositoryAction = defineAction(repositoryRefSchema, async ({ name }, viewer) => {
  try {
    return await syncRepository(viewer, name);
  } finally {
    // A failed sync is kept too: the page shows why.
    revalidatePath('/admin/repositories');
  }
});

export const pushRepositoryAction = defineAction(pushRepositoryFormSchema, async (input, viewer) => pushRepository(viewer, input));

export const setSyncIntervalAction = defineAction(syncIntervalFormSchema, async ({ name, syncIntervalMinutes }, viewer) => {
  await setRepositorySyncInterval(viewer, name, syncIntervalMinutes);
  revalidatePath('/admin/repositories');
});
