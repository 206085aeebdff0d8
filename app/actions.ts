'use server';

import { cookies } from 'next/headers';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { definePublicAction } from '@/lib/actions/define-action.ts';
import { localeCookie, locales } from '@/lib/i18n/locales.ts';

const oneYearInSeconds = 60 * 60 * 24 * 365;

export const setLocaleAction = definePublicAction(
  z.strictObject({ locale: z.enum(locales) }),
  async ({ locale }) => {
    // Not httpOnly: a language preference, no credential. The reading site's pages are files, and their
    // script writes the same cookie when the reader switches there (lib/site/assets/reader.js).
    (await cookies()).set(localeCookie, locale, { maxAge: oneYearInSeconds, sameSite: 'lax', path: '/' });
    // Re-render this visitor's page in the new language; shared caches are left alone, so no public
    // request can empty them.
    refresh();
    return { locale };
  },
);
