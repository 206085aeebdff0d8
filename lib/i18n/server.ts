import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getTranslatorFor } from './catalogs.ts';
import { isLocale, localeCookie, negotiateLocale, type Locale } from './locales.ts';
import type { Translator } from './translate.ts';

/** The reader's explicit choice (cookie) wins over what their browser asks for. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language'));
});

export const getTranslator = cache(async (): Promise<{ locale: Locale; t: Translator }> => {
  const locale = await getLocale();
  return { locale, t: getTranslatorFor(locale) };
});

/**
 * True when the page is rendered once for everyone: `dynamic = 'force-static'` hides the request, so
 * not even its Host header is seen. Such a page shows the default language until the browser chooses
 * (lib/i18n/interface-language.ts).
 */
export const isRenderedForEveryone = cache(async (): Promise<boolean> => !(await headers()).has('host'));
