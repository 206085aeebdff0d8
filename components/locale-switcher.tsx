'use client';

import { useSyncExternalStore } from 'react';
import { useFormStatus } from 'react-dom';
import { asFormAction } from '@/components/form-action.ts';
import { Both } from '@/lib/i18n/both.tsx';
import { useLocale } from '@/lib/i18n/client.tsx';
import { shownInterfaceLanguage, chooseInterfaceLanguage, subscribeInterfaceLanguage } from '@/lib/i18n/interface-language.ts';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales.ts';
import styles from './locale-switcher.module.css';

function LocaleOptions({ current }: { current: Locale }) {
  const { pending } = useFormStatus();
  return locales.map((locale) => (
    <button
      key={locale}
      type="submit"
      name="locale"
      value={locale}
      lang={locale}
      aria-pressed={locale === current}
      aria-busy={pending || undefined}
      className={styles.option}
      onClick={() => chooseInterfaceLanguage(locale)}
    >
      {localeNames[locale]}
    </button>
  ));
}

/**
 * A form posting straight to the locale Server Action (passed in by the layout), so switching works before JavaScript loads too;
 * the action sets the cookie and refreshes this visitor's page, which re-renders in the new language.
 * With JavaScript, a click also switches the labels of reader pages at once (they are cached for
 * everyone and carry both languages, see lib/i18n/interface-language.ts) and remembers the choice for them.
 */
export function LocaleSwitcher({ action }: { action: (formData: FormData) => Promise<unknown> }) {
  const rendered = useLocale();
  const current = useSyncExternalStore(subscribeInterfaceLanguage, () => shownInterfaceLanguage() ?? rendered, () => rendered);
  return (
    <form action={asFormAction(action)}>
      <fieldset className={styles.switcher}>
        <legend className="visually-hidden">
          <Both k="nav.language" />
        </legend>
        <LocaleOptions current={current} />
      </fieldset>
    </form>
  );
}
