import type { Locale } from './locales.ts';
import { en } from './messages/en.ts';
import { zhCN } from './messages/zh-CN.ts';
import { createTranslator, type Messages, type Translator } from './translate.ts';

export const catalogs = { en, 'zh-CN': zhCN } as const satisfies Record<Locale, Messages>;

const translators = new Map<Locale, Translator>();

/** A translator for a known locale, without touching the request: safe in cached and client code. */
export function getTranslatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(catalogs[locale], locale);
    translators.set(locale, t);
  }
  return t;
}
