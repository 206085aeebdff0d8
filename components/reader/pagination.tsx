import Link from 'next/link';
import type { Translator } from '@/lib/i18n/translate.ts';
import styles from './pagination.module.css';

/** `/?page=N`; page 1 is the bare home page. */
export function listingHref(page: number): string {
  return page > 1 ? `/?page=${page}` : '/';
}

export function Pagination({ page, pageCount, t }: { page: number; pageCount: number; t: Translator }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('readerSite.home.pagination')} className={styles.pagination}>
      {page > 1 ? (
        <Link href={listingHref(page - 1)} rel="prev">
          ← {t('readerSite.home.newer')}
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.position}>{t('readerSite.home.pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={listingHref(page + 1)} rel="next">
          {t('readerSite.home.older')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
