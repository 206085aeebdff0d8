'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { definePublicAction } from '@/lib/actions/define-action.ts';
import { signIn } from '@/lib/auth/config.ts';
import { safeRedirectPath } from '@/lib/domain/safe-redirect.ts';
import { RateLimitedError, ValidationError } from '@/lib/errors.ts';
import { signInSchema } from '@/lib/validation/users.ts';

export const signInAction = definePublicAction(signInSchema, async (input) => {
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && 'code' in error && error.code === 'throttled') throw new RateLimitedError(60);
    if (error instanceof AuthError) throw new ValidationError('E-mail or password is incorrect');
    throw error;
  }
  redirect(safeRedirectPath(input.callbackUrl));
});
