'use client';

import { createContext, use, type ReactNode } from 'react';
import { getTranslatorFor } from './catalogs.ts';
import { defaultLocale, type Locale } from './locales.ts';
import type { Translator } from './translate.ts';

const LocaleContext = createContext<Locale>(defaultLocale);

/** Rendered once by the root layout, so Client Components speak the same language as the server. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return use(LocaleContext);
}

export function useTranslator(): { locale: Locale; t: Translator } {
  const locale = use(LocaleContext);
  return { locale, t: getTranslatorFor(locale) };
}
