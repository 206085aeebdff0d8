import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import type { Locale } from '@/lib/i18n/locales.ts';
import styles from './credits.module.css';

export type CreditsProps = {
  /** Interface language; passed in rather than read from the request so cached pages can use it. */
  locale: Locale;
  sourceUrl: string | null;
  author: string | null;
  translators: readonly string[];
  reviewers: readonly string[];
  publishedAt: Date | string;
};

/*
 * The credits block at the end of an article, as the community's own posts end (see the seed
 * corpus): the original article's address and author, translators, reviewers, the publish date.
 */

/** Only web links become anchors; anything else (a typo, a `javascript:` URL) is shown as text. */
function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function formatNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

export function Credits({ locale, sourceUrl, author, translators, reviewers, publishedAt }: CreditsProps) {
  const t = getTranslatorFor(locale);
  const published = new Date(publishedAt);
  const source = sourceUrl ? parseWebUrl(sourceUrl) : null;
  return (
    <dl className={styles.credits} lang={locale}>
      {sourceUrl && (
        <>
          <dt>{t('reader.originalArticle')}</dt>
          <dd>
            {source ? (
              <a href={source.href} rel="noopener noreferrer" lang="en">
                {source.href}
              </a>
            ) : (
              sourceUrl
            )}
          </dd>
        </>
      )}
      {author && (
        <>
          <dt>{t('reader.author')}</dt>
          <dd>{author}</dd>
        </>
      )}
      {translators.length > 0 && (
        <>
          <dt>{t('reader.translators')}</dt>
          <dd>{formatNames(translators, locale)}</dd>
        </>
      )}
      {reviewers.length > 0 && (
        <>
          <dt>{t('reader.reviewers')}</dt>
          <dd>{formatNames(reviewers, locale)}</dd>
        </>
      )}
      <dt>{t('reader.published')}</dt>
      <dd>
        <time dateTime={published.toISOString()}>
          {new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(published)}
        </time>
      </dd>
    </dl>
  );
}
