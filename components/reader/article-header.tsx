import Link from 'next/link';
import type { ReadingTime } from '@/lib/domain/reader/reading-time.ts';
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import { tagHref } from './article-list.tsx';
import { Names } from './names.tsx';
import { PublishedDate } from './published-date.tsx';
import styles from './article-header.module.css';

/** The title in both languages, then the byline; its labels, dates and name lists in both interface languages. */
export function ArticleHeader({
  title,
  titleZh,
  publishedAt,
  translators,
  tags,
  readingTime,
}: {
  title: string;
  titleZh: string;
  publishedAt: Date;
  translators: readonly string[];
  tags: readonly string[];
  readingTime: ReadingTime;
}) {
  return (
    <header className={styles.header}>
      <h1 lang="zh-CN" className={styles.titleZh}>
        {titleZh}
      </h1>
      <p lang="en" className={styles.titleEn}>
        {title}
      </p>
      <p className={styles.meta}>
        <PublishedDate date={publishedAt} />
        {translators.length > 0 && (
          <span>
            <Both k="home.translatedBy" /> <Names names={translators} />
          </span>
        )}
        <Both k="readerSite.home.readingTime" vars={{ zh: readingTime.chineseMinutes, en: readingTime.englishMinutes }} />
      </p>
      {tags.length > 0 && (
        <>
          <BothLabel id="article-tags-label" k="readerSite.home.tags" />
          <ul className={styles.tags} aria-labelledby="article-tags-label">
            {tags.map((tag) => (
              <li key={tag}>
                <Link href={tagHref(tag)}>{tag}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </header>
  );
}
