import type { Metadata } from 'next';
import { SearchForm } from '@/components/reader/search-form.tsx';
import { SearchResults } from '@/components/reader/search-results.tsx';
import { searchPublishedArticles } from '@/lib/dal/publishing/search.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import styles from './page.module.css';

/*
 * Search answers each query fresh (results depend on the query string), in the reader's interface
 * language; the index it reads is rebuilt only when what is published changes (lib/dal/publishing/search.ts).
 */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('readerSite.search.title'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { q } = await searchParams;
  const query = (typeof q === 'string' ? q : '').trim().slice(0, 200);
  const { t, locale } = await getTranslator();
  const hits = query ? await searchPublishedArticles(query) : [];
  return (
    <div className={styles.search}>
      <h1>{t('readerSite.search.title')}</h1>
      <SearchForm
        query={query}
        labels={{ label: t('readerSite.search.label'), submit: t('readerSite.search.submit'), hint: t('readerSite.search.hint') }}
      />
      {query && <SearchResults query={query} hits={hits} locale={locale} t={t} />}
    </div>
  );
}
