'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { markRead } from '@/lib/dal/accounts/notifications.ts';
import { markReadFormSchema } from '@/lib/validation/reviews.ts';

export const markNotificationsReadAction = defineAction(markReadFormSchema, async (input, viewer) => {
  const result = await markRead(viewer, 'id' in input ? [input.id] : 'all');
  revalidatePath('/workspace/notifications');
  return result;
});
