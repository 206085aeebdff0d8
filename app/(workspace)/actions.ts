'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.ts';
import { signOut } from '@/lib/auth/config.ts';

export const signOutAction = defineAction(z.strictObject({}), async () => {
  await signOut({ redirectTo: '/signin?signedOut=1' });
});
