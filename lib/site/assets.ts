import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultReadingMode, readingModes, readingModeStorageKey } from '@/lib/domain/reader/reading-modes.ts';
import { defaultLocale, localeByLanguage, localeCookie, locales, localeStorageKey } from '@/lib/i18n/locales.ts';
import { siteStyles } from './styles.ts';

/** The settings the reader script is built with: the same names the app's own pages use. */
const readerSettings = {
  locales,
  localeByLanguage,
  defaultLocale,
  localeKey: localeStorageKey,
  localeCookie,
  modes: readingModes,
  defaultMode: defaultReadingMode,
  modeKey: readingModeStorageKey,
  narrowQuery: '(max-width: 55.999rem)',
};

export type SiteAsset = { path: string; body: string };

async function contentName(base: string, extension: string, body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const hex = Array.from(digest.subarray(0, 6), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `/assets/${base}-${hex}.${extension}`;
}

/** The stylesheet and the reader script, named by their content so they can be cached for good. */
export async function siteAssets(root = process.cwd()): Promise<{ stylesheet: SiteAsset; script: SiteAsset }> {
  const css = siteStyles(root).css;
  const template = readFileSync(path.join(/*turbopackIgnore: true*/ root, 'lib/site/assets/reader.js'), 'utf8');
  const script = template.replace('__DUET_SETTINGS__', JSON.stringify(readerSettings));
  return {
    stylesheet: { path: await contentName('site', 'css', css), body: css },
    script: { path: await contentName('reader', 'js', script), body: script },
  };
}
