'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { definePublicAction } from '@/lib/actions/define-action.ts';
import { localeCookie, locales } from '@/lib/i18n/locales.ts';

const oneYearInSeconds = 60 * 60 * 24 * 365;

export const setLocaleAction = definePublicAction(
  z.strictObject({ locale: z.enum(locales) }),
  async ({ locale }) => {
    (await cookies()).set(localeCookie, locale, {
      maxAge: oneYearInSeconds,
      sameSite: 'lax',
      path: '/',
      httpOnly: true,
    });
    revalidatePath('/', 'layout');
    return { locale };
  },
);
