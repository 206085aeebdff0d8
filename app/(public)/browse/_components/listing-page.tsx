import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleList, tagHref } from '@/components/reader/article-list.tsx';
import { PageLinks } from '@/components/reader/page-links.tsx';
import { listingHref, Pagination } from '@/components/reader/pagination.tsx';
import { SearchForm } from '@/components/reader/search-form.tsx';
import { listPublishedArticles, type PublishedArticleSummary } from '@/lib/dal/publishing/reading.ts';
import { paginate, parsePageNumber } from '@/lib/domain/reader/pagination.ts';
import { Both } from '@/lib/i18n/both.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';
import metaStyles from '@/components/reader/article-meta.module.css';
import styles from './listing-page.module.css';

const tagClassName = `${metaStyles.pill} ${styles.tag}`;

/** A page of the home listing (`page`), or all of one tag's articles (`tag`). */
export type ListingParams = { page: string } | { tag: string };

/** A tag rarely gathers more articles than fit on one page; all of them are shown. */
const tagPageSize = 500;

function decodeTag(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // Next.js may hand the segment over still percent-encoded.
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The articles on one page of the home listing (optionally one tag's), or the 404 page. */
async function loadListing(params: ListingParams) {
  const page = 'page' in params ? parsePageNumber(params.page) : 1;
  const tag = 'tag' in params ? decodeTag(params.tag) : null;
  const articles = await listPublishedArticles();
  const matching = tag === null ? articles : articles.filter((article) => article.tags.includes(tag));
  const current = page === null || (tag !== null && matching.length === 0) ? null : paginate(matching, page, tag === null ? undefined : tagPageSize);
  if (!current) notFound();
  return { ...current, tag, tags: tagsByUse(articles) };
}

function tagsByUse(articles: readonly PublishedArticleSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const tag of articles.flatMap((article) => article.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

export async function listingMetadata(params: ListingParams): Promise<Metadata> {
  const { t } = await getTranslator();
  const tag = 'tag' in params ? decodeTag(params.tag) : null;
  const page = 'page' in params ? (parsePageNumber(params.page) ?? 1) : 1;
  const heading = tag ? t('readerSite.home.tagged', { tag }) : t('home.title');
  const title = page > 1 ? t('readerSite.home.pageTitle', { title: heading, page }) : heading;
  return { title, description: t('home.intro') };
}

/** Cached for everyone: every label is in both interface languages (see Both). */
export async function ListingPage({ params }: { params: ListingParams }) {
  const { items, page, pageCount, tag, tags } = await loadListing(params);
  return (
    <div className={styles.listing}>
      <PageLinks origin={configuredOrigin()} path={tag === null ? listingHref(page) : tagHref(tag)} />
      <header className={styles.header}>
        {tag ? <Both as="h1" k="readerSite.home.tagged" vars={{ tag }} /> : <Both as="h1" k="home.title" />}
        <Both as="p" className={styles.intro} k="home.intro" />
        <SearchForm compact labels={{ label: <Both k="readerSite.search.label" />, submit: <Both k="readerSite.search.submit" /> }} />
      </header>
      <div className={styles.columns}>
        <div>
          {items.length === 0 ? <Both as="p" k="home.empty" /> : <ArticleList articles={items} />}
          <Pagination page={page} pageCount={pageCount} />
        </div>
        {tags.length > 0 && (
          <nav aria-labelledby="tags-heading" className={styles.tags}>
            <h2 id="tags-heading">
              <Both k="readerSite.home.tags" />
            </h2>
            <ul>
              <li>
                <Link href="/" className={tagClassName} aria-current={tag === null ? 'page' : undefined}>
                  <Both k="readerSite.home.allArticles" />
                </Link>
              </li>
              {tags.map((name) => (
                <li key={name}>
                  <Link href={tagHref(name)} className={tagClassName} aria-current={name === tag ? 'page' : undefined}>
                    {name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <p className={styles.feed}>
        <a href="/feed.xml">
          <Both k="readerSite.nav.feed" />
        </a>
      </p>
    </div>
  );
}
