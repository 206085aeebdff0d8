'use client';

import { useFormStatus } from 'react-dom';
import { asFormAction } from '@/components/form-action.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
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
    >
      {localeNames[locale]}
    </button>
  ));
}

/**
 * A form posting straight to the locale Server Action (passed in by the layout), so switching works before JavaScript loads too;
 * the action sets the cookie and refreshes this visitor's page, which re-renders in the new language.
 */
export function LocaleSwitcher({ action }: { action: (formData: FormData) => Promise<unknown> }) {
  const { locale, t } = useTranslator();
  return (
    <form action={asFormAction(action)}>
      <fieldset className={styles.switcher}>
        <legend className="visually-hidden">{t('nav.language')}</legend>
        <LocaleOptions current={locale} />
      </fieldset>
    </form>
  );
}
