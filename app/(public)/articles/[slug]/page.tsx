import 'katex/dist/katex.min.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleHeader } from '@/components/reader/article-header.tsx';
import { ArticlePairs } from '@/components/reader/article-pairs.tsx';
import { Credits } from '@/components/reader/credits.tsx';
import { PageLinks } from '@/components/reader/page-links.tsx';
import { ReadingModeScript } from '@/components/reader/reading-mode-script.tsx';
import { ReadingModeSwitcher } from '@/components/reader/reading-mode-switcher.tsx';
import { getPublishedArticleOrThrow, summarize } from '@/lib/dal/publishing/reading.ts';
import { renderReadingRows } from '@/lib/domain/reader/reading-rows.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { env } from '@/lib/env.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';
import styles from './page.module.css';

/*
 * One HTML page per article for every reader, rendered on first request and kept until the next
 * publish or unpublish (or five minutes). The reading mode is applied in the browser, so it does not
 * make the page differ per reader.
 */
export const dynamic = 'force-static';
export const revalidate = 300;

type Props = PageProps<'/articles/[slug]'>;

const alternates = (path: string) => ({ 'zh-CN': `${path}?mode=zh`, en: `${path}?mode=en`, 'x-default': path });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { t } = await getTranslator();
  const article = await loadPage(() => getPublishedArticleOrThrow(slug));
  const summary = summarize(article);
  const description = (summary.excerpt?.zh || article.title).slice(0, 160);
  const origin = configuredOrigin();
  return {
    title: article.titleZh,
    description,
    openGraph: {
      type: 'article',
      siteName: t('app.name'),
      title: article.titleZh,
      description,
      locale: 'zh_CN',
      alternateLocale: ['en_US'],
      publishedTime: article.publishedAt.toISOString(),
      ...(article.tags.length > 0 && { tags: article.tags }),
      ...(origin && { url: `${origin}${articlePath(article.slug)}` }),
    },
  };
}

export default async function PublishedArticlePage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const article = await loadPage(() => getPublishedArticleOrThrow(slug));
  const { readingTime } = summarize(article);
  const path = articlePath(article.slug);
  // Relative images and links point into the original post, or into the operator's copy of its assets.
  const rendering = { assetBase: env.DUET_ASSET_BASE_URL ?? article.sourceUrl };
  const rows = renderReadingRows(article, rendering);
  return (
    <article className={styles.article}>
      <PageLinks origin={configuredOrigin()} path={path} languages={alternates(path)} />
      <ReadingModeScript />
      <nav className={styles.back} aria-label={t('readerSite.nav.label')} data-print="hide">
        <Link href="/">← {t('readerSite.article.backHome')}</Link>
        <Link href="/search">{t('readerSite.nav.search')}</Link>
      </nav>
      <ArticleHeader
        title={article.title}
        titleZh={article.titleZh}
        publishedAt={article.publishedAt}
        translators={article.credits.translators}
        tags={article.tags}
        readingTime={t('readerSite.home.readingTime', { zh: readingTime.chineseMinutes, en: readingTime.englishMinutes })}
        locale={locale}
        labels={{ translatedBy: t('home.translatedBy'), tags: t('readerSite.home.tags') }}
      />
      <div className={styles.toolbar}>
        <ReadingModeSwitcher
          label={t('reader.mode')}
          names={{
            side: t('reader.modes.sideBySide'),
            interleaved: t('reader.modes.interleaved'),
            zh: t('reader.modes.chineseOnly'),
            en: t('reader.modes.englishOnly'),
          }}
        />
      </div>
      <ArticlePairs
        rows={rows}
        labels={{
          english: t('reader.english'),
          chinese: t('reader.chinese'),
          permalink: (number) => `${t('reader.permalink')}: ${t('readerSite.article.paragraph', { number })}`,
        }}
      />
      <Credits
        locale={locale}
        sourceUrl={article.sourceUrl}
        author={article.author}
        translators={article.credits.translators}
        reviewers={article.credits.reviewers}
        publishedAt={article.publishedAt}
      />
    </article>
  );
}
