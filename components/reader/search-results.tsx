import Link from 'next/link';
import type { SearchHit } from '@/lib/domain/search/search-index.ts';
import { articlePath, paragraphId } from '@/lib/domain/reader/site-url.ts';
import type { Locale } from '@/lib/i18n/locales.ts';
import type { Translator } from '@/lib/i18n/translate.ts';
import styles from './search-results.module.css';

/** Matches are marked with <mark> from plain-text parts: nothing from an article is parsed as HTML here. */
export function SearchResults({ query, hits, locale, t }: { query: string; hits: readonly SearchHit[]; locale: Locale; t: Translator }) {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section aria-labelledby="search-results-heading" className={styles.results}>
      <h2 id="search-results-heading" className={styles.summary}>
        {hits.length === 0 ? t('readerSite.search.none', { query }) : t('readerSite.search.results', { count: hits.length, query })}
      </h2>
      <ol className={styles.list}>
        {hits.map((hit) => (
          <li key={hit.slug} className={styles.hit}>
            <h3 lang="zh-CN" className={styles.title}>
              <Link href={articlePath(hit.slug)}>{hit.titleZh}</Link>
            </h3>
            <p lang="en" className={styles.titleEn}>
              {hit.title} · <time dateTime={hit.publishedAt}>{dateFormat.format(new Date(hit.publishedAt))}</time>
            </p>
            {hit.snippet && (
              <p className={styles.snippet}>
                <span lang={hit.snippet.lang}>
                  {hit.snippet.parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                </span>{' '}
                <Link href={`${articlePath(hit.slug)}#${paragraphId(hit.snippet.position)}`} className={styles.paragraphLink}>
                  {t('readerSite.search.inParagraph', { number: hit.snippet.position })}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
