'use client';

import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { locales } from '@/lib/i18n/locales.ts';
import './globals.css';

/**
 * Replaces the root layout when it fails, so the locale it would have read is unknown here: the
 * message is shown in every interface language, each marked with its own `lang`.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const translators = locales.map((locale) => ({ locale, t: getTranslatorFor(locale) }));
  return (
    <html lang="en">
      <body>
        <title>{translators.map(({ t }) => t('error.title')).join(' · ')}</title>
        <main className="page prose">
          {translators.map(({ locale, t }) => (
            <section key={locale} lang={locale}>
              <h1>{t('error.title')}</h1>
              <p>{t('error.body')}</p>
            </section>
          ))}
          <button type="button" onClick={() => retry()}>
            {translators.map(({ locale, t }, index) => (
              <span key={locale} lang={locale}>
                {index > 0 && ' · '}
                {t('error.retry')}
              </span>
            ))}
          </button>
        </main>
      </body>
    </html>
  );
}
