import { Fragment } from 'react';
import { Both } from '@/lib/i18n/both.tsx';
import { locales, type Locale } from '@/lib/i18n/locales.ts';

/** What comes between the names of a list in one language: `, ` and `, and ` in English, `、` and `和` in Chinese. */
function separatorsOf(names: readonly string[], locale: Locale): string[] {
  const separators: string[] = [];
  let between: string | null = null;
  for (const part of new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).formatToParts(names)) {
    if (part.type === 'literal') {
      if (between !== null) between += part.value;
    } else {
      if (between !== null) separators.push(between);
      between = '';
    }
  }
  return separators;
}

/**
 * A list of people's names, written once (names are not translated), joined as each interface
 * language joins a list (see Both): `A, B, and C` or `A、B和C`.
 */
export function Names({ names }: { names: readonly string[] }) {
  const separators = Object.fromEntries(locales.map((locale) => [locale, separatorsOf(names, locale)])) as Record<Locale, string[]>;
  return names.map((name, index) => (
    <Fragment key={index}>
      {index > 0 && <Both render={(_, locale) => separators[locale][index - 1]} />}
      {name}
    </Fragment>
  ));
}
