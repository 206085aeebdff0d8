export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
export const localeCookie = 'duet-locale';
/** The same choice, kept in the browser for the reading site's pages, which are files read by everyone. */
export const localeStorageKey = 'duet-locale';

/** Each language is named in itself, so a reader can find theirs whatever the current interface language. */
export const localeNames = { 'zh-CN': '中文', en: 'English' } as const satisfies Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The catalog for each primary language subtag: every Chinese variant gets zh-CN, the only Chinese catalog there is. */
export const localeByLanguage = { zh: 'zh-CN', en: 'en' } as const satisfies Record<string, Locale>;

function localeForTag(tag: string): Locale | null {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(localeByLanguage, primary) ? localeByLanguage[primary as keyof typeof localeByLanguage] : null;
}

/**
 * Picks the interface language from an Accept-Language header: the supported language with the
 * highest q-value wins (header order breaks ties).
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((range) => range.tag !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const locale = localeForTag(range.tag);
    if (locale) return locale;
  }
  return defaultLocale;
}
