'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.ts';
import { createUser, disableUser, enableUser, setUserRole } from '@/lib/dal/accounts/users.ts';
import { createUserSchema, setRoleSchema, userIdSchema } from '@/lib/validation/users.ts';

export const createUserAction = defineAction(createUserSchema, async (input, viewer) => {
  const result = await createUser(viewer, input);
  revalidatePath('/admin/users');
  return { email: result.user.email, generatedPassword: result.generatedPassword };
});

export const setUserRoleAction = defineAction(setRoleSchema, async (input, viewer) => {
  await setUserRole(viewer, input.userId, input.role);
  revalidatePath('/admin/users');
});

export const disableUserAction = defineAction(userIdSchema, async (input, viewer) => {
  await disableUser(viewer, input.userId);
  revalidatePath('/admin/users');
});

export const enableUserAction = defineAction(userIdSchema, async (input, viewer) => {
  await enableUser(viewer, input.userId);
  revalidatePath('/admin/users');
});
