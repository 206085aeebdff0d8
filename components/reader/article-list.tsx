import Link from 'next/link';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import type { ReadingTime } from '@/lib/domain/reader/reading-time.ts';
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import { Names } from './names.tsx';
import { PublishedDate } from './published-date.tsx';
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

/**
 * Published articles as cards: Chinese title first, the English original under it, then who and how
 * long, with labels, dates and name lists in both interface languages (see Both).
 */
export function ArticleList({ articles }: { articles: readonly ArticleListItem[] }) {
  return (
    <ol className={styles.list}>
      {articles.map((article) => {
        const { translators, reviewers } = article.credits;
        const minutes = { zh: article.readingTime.chineseMinutes, en: article.readingTime.englishMinutes };
        const tagsLabel = `article-tags-${article.slug}`;
        return (
          <li key={article.slug} className={styles.item}>
            <article>
              <h2 lang="zh-CN" className={styles.titleZh}>
                <Link href={articlePath(article.slug)}>{article.titleZh}</Link>
              </h2>
              <p lang="en" className={styles.titleEn}>
                {article.title}
              </p>
              <p className={styles.meta}>
                <PublishedDate date={article.publishedAt} />
                {translators.length > 0 && (
                  <span>
                    <Both k="home.translatedBy" /> <Names names={translators} />
                  </span>
                )}
                {reviewers.length > 0 && (
                  <span>
                    <Both k="home.reviewedBy" /> <Names names={reviewers} />
                  </span>
                )}
                <Both render={(t) => <span title={t('readerSite.home.readingTime', minutes)}>{t('readerSite.home.readingTimeShort', minutes)}</span>} />
              </p>
              {article.tags.length > 0 && (
                <>
                  <BothLabel id={tagsLabel} k="readerSite.home.tags" />
                  <ul className={styles.tags} aria-labelledby={tagsLabel}>
                    {article.tags.map((tag) => (
                      <li key={tag}>
                        <Link href={tagHref(tag)}>{tag}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
