import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales.ts';
import { tagHref } from './article-list.tsx';
import styles from './article-header.module.css';

export function ArticleHeader({
  title,
  titleZh,
  publishedAt,
  translators,
  tags,
  readingTime,
  locale,
  labels,
}: {
  title: string;
  titleZh: string;
  publishedAt: Date;
  translators: readonly string[];
  tags: readonly string[];
  readingTime: string;
  locale: Locale;
  labels: { translatedBy: string; tags: string };
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(publishedAt);
  return (
    <header className={styles.header}>
      <h1 lang="zh-CN" className={styles.titleZh}>
        {titleZh}
      </h1>
      <p lang="en" className={styles.titleEn}>
        {title}
      </p>
      <p className={styles.meta}>
        <time dateTime={publishedAt.toISOString()}>{date}</time>
        {translators.length > 0 && (
          <span>
            {labels.translatedBy} {new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(translators)}
          </span>
        )}
        <span>{readingTime}</span>
      </p>
      {tags.length > 0 && (
        <ul className={styles.tags} aria-label={labels.tags}>
          {tags.map((tag) => (
            <li key={tag}>
              <Link href={tagHref(tag)}>{tag}</Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
