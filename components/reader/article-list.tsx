import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales.ts';
import type { Translator } from '@/lib/i18n/translate.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import type { ReadingTime } from '@/lib/domain/reader/reading-time.ts';
import styles from './article-list.module.css';

export type ArticleListItem = {
  slug: string;
  title: string;
  titleZh: string;
  publishedAt: Date;
  credits: { translators: readonly string[]; reviewers: readonly string[] };
  tags: readonly string[];
  readingTime: ReadingTime;
};

/** Tags are path segments, not query values: each tag's page is cached on its own. */
export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

/** Published articles as cards: Chinese title first, the English original under it, then who and how long. */
export function ArticleList({ articles, locale, t }: { articles: readonly ArticleListItem[]; locale: Locale; t: Translator }) {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const names = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return (
    <ol className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <article>
            <h2 lang="zh-CN" className={styles.titleZh}>
              <Link href={articlePath(article.slug)}>{article.titleZh}</Link>
            </h2>
            <p lang="en" className={styles.titleEn}>
              {article.title}
            </p>
            <p className={styles.meta}>
              <time dateTime={article.publishedAt.toISOString()}>{dateFormat.format(article.publishedAt)}</time>
              {article.credits.translators.length > 0 && (
                <span>
                  {t('home.translatedBy')} {names.format(article.credits.translators)}
                </span>
              )}
              {article.credits.reviewers.length > 0 && (
                <span>
                  {t('home.reviewedBy')} {names.format(article.credits.reviewers)}
                </span>
              )}
              <span title={t('readerSite.home.readingTime', { zh: article.readingTime.chineseMinutes, en: article.readingTime.englishMinutes })}>
                {t('readerSite.home.readingTimeShort', { zh: article.readingTime.chineseMinutes, en: article.readingTime.englishMinutes })}
              </span>
            </p>
            {article.tags.length > 0 && (
              <ul className={styles.tags} aria-label={t('readerSite.home.tags')}>
                {article.tags.map((tag) => (
                  <li key={tag}>
                    <Link href={tagHref(tag)}>{tag}</Link>
                  </li>
                ))}
              </ul>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
