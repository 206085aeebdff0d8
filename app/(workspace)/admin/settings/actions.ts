'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { updateSettings } from '@/lib/dal/core/settings.ts';
import { settingsFormSchema } from '@/lib/validation/settings.ts';

export const updateSettingsAction = defineAction(settingsFormSchema, async (settings, viewer) => {
  const saved = await updateSettings(viewer, settings);
  revalidatePath('/admin/settings');
  return saved;
});
