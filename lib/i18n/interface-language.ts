import { defaultLocale, isLocale, localeByLanguage, locales, localeStorageKey, type Locale } from './locales.ts';

/*
 * A page made once for everyone cannot be rendered in a visitor's language: it carries every
 * interface label in both languages (see Both), and <html data-ui> says which one shows. Pages
 * rendered per request set it on the server, from the visitor's cookie or Accept-Language; a page the
 * app prerenders (its fallback 404) sets it in the browser, before the first paint, with this script.
 * The reading site's pages, files built by lib/site, do the same in their own script
 * (lib/site/assets/reader.js).
 */
export const interfaceLanguageAttribute = 'data-ui';

type PreferenceSettings = { attribute: string; storageKey: string; locales: readonly string[]; localeByLanguage: Readonly<Record<string, string>>; fallback: string };

/**
 * Shows the reader's stored choice (made with the language switcher), else the first language in the
 * browser's list that Duet has a catalog for, else English. It is also sent as the source of an
 * inline script (below), so it uses nothing but its argument and browser globals.
 */
export function showPreferredInterfaceLanguage({ attribute, storageKey, locales, localeByLanguage, fallback }: PreferenceSettings): void {
  try {
    let chosen: string | null = null;
    try {
      chosen = localStorage.getItem(storageKey);
    } catch {
      // Storage refused (private windows, blocked cookies): the browser's languages decide.
    }
    if (chosen === null || !locales.includes(chosen)) {
      chosen = fallback;
      for (const tag of navigator.languages ?? [navigator.language]) {
        const primary = String(tag).toLowerCase().split('-')[0] ?? '';
        if (Object.hasOwn(localeByLanguage, primary)) {
          chosen = localeByLanguage[primary] ?? fallback;
          break;
        }
      }
    }
    document.documentElement.setAttribute(attribute, chosen);
    document.documentElement.lang = chosen;
  } catch {
    // Whatever failed, the page keeps the language it was rendered in.
  }
}

export const interfaceLanguageSettings: PreferenceSettings = {
  attribute: interfaceLanguageAttribute,
  storageKey: localeStorageKey,
  locales,
  localeByLanguage,
  fallback: defaultLocale,
};

/**
 * Runs while the page is parsed, before the first paint. Only prerendered pages render it, under the
 * app's static policy (next.config.ts); pages with a nonce policy never do.
 */
export const interfaceLanguageScript = `(${showPreferredInterfaceLanguage.toString()})(${JSON.stringify(interfaceLanguageSettings)});`;

const changeEvent = 'duet:interface-language';

/** The language <html> shows now, or null if it names none. */
export function shownInterfaceLanguage(): Locale | null {
  const value = document.documentElement.getAttribute(interfaceLanguageAttribute);
  return isLocale(value) ? value : null;
}

export function subscribeInterfaceLanguage(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

/** Switches every bilingual label at once and remembers the choice for the next cached page. */
export function chooseInterfaceLanguage(locale: Locale): void {
  const root = document.documentElement;
  root.setAttribute(interfaceLanguageAttribute, locale);
  root.lang = locale;
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Private windows may refuse storage; the cookie still carries the choice to server-rendered pages.
  }
  window.dispatchEvent(new Event(changeEvent));
}
