import Link from 'next/link';
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import styles from './pagination.module.css';

/** `/?page=N`; page 1 is the bare home page. */
export function listingHref(page: number): string {
  return page > 1 ? `/?page=${page}` : '/';
}

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-labelledby="pagination-label" className={styles.pagination}>
      <BothLabel id="pagination-label" k="readerSite.home.pagination" />
      {page > 1 ? (
        <Link href={listingHref(page - 1)} rel="prev">
          ← <Both k="readerSite.home.newer" />
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.position}>
        <Both k="readerSite.home.pageOf" vars={{ page, count: pageCount }} />
      </span>
      {page < pageCount ? (
        <Link href={listingHref(page + 1)} rel="next">
          <Both k="readerSite.home.older" /> →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
