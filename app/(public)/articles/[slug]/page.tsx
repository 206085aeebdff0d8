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
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';
import styles from './page.module.css';

/*
 * One HTML page per article for every reader, rendered on first request and kept until the next
 * publish or unpublish (or five minutes). The reading mode and the interface language are applied in
 * the browser, so they do not make the page differ per reader.
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
      <nav className={styles.back} aria-labelledby="reader-nav-label" data-print="hide">
        <BothLabel id="reader-nav-label" k="readerSite.nav.label" />
        <Link href="/">
          ← <Both k="readerSite.article.backHome" />
        </Link>
        <Link href="/search">
          <Both k="readerSite.nav.search" />
        </Link>
      </nav>
      <ArticleHeader
        title={article.title}
        titleZh={article.titleZh}
        publishedAt={article.publishedAt}
        translators={article.credits.translators}
        tags={article.tags}
        readingTime={readingTime}
      />
      <div className={styles.toolbar}>
        <ReadingModeSwitcher
          label={<Both k="reader.mode" />}
          names={{
            side: <Both k="reader.modes.sideBySide" />,
            interleaved: <Both k="reader.modes.interleaved" />,
            zh: <Both k="reader.modes.chineseOnly" />,
            en: <Both k="reader.modes.englishOnly" />,
          }}
        />
      </div>
      <ArticlePairs rows={rows} />
      <Credits
        sourceUrl={article.sourceUrl}
        author={article.author}
        translators={article.credits.translators}
        reviewers={article.credits.reviewers}
        publishedAt={article.publishedAt}
      />
    </article>
  );
}
