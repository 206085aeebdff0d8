'use server';

import { defineAction } from '@/lib/actions/define-action.ts';
import { signOut } from '@/lib/auth/config.ts';
import { changeOwnPassword } from '@/lib/dal/accounts/passwords.ts';
import { changePasswordFormSchema } from '@/lib/validation/users.ts';

export const changePasswordAction = defineAction(changePasswordFormSchema, async (input, viewer) => {
  await changeOwnPassword(viewer, { currentPassword: input.currentPassword, newPassword: input.newPassword });
  // The change has ended every session already; this also clears the cookie in this browser.
  await signOut({ redirectTo: '/signin?passwordChanged=1' });
});
