import type { Metadata } from 'next';
import { ArticlePairs } from '@/components/reader/article-pairs.tsx';
import { Credits } from '@/components/reader/credits.tsx';
import { getPublishedArticleOrThrow } from '@/lib/dal/publications.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';

type Props = PageProps<'/articles/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await loadPage(() => getPublishedArticleOrThrow(slug));
  return { title: article.titleZh, description: article.title };
}

export default async function PublishedArticlePage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const article = await loadPage(() => getPublishedArticleOrThrow(slug));
  const pairs = article.pairs.map((pair) => ({
    id: pair.key,
    kind: pair.kind,
    sourceHtml: renderMarkdown(pair.source),
    targetHtml: pair.target === null ? null : renderMarkdown(pair.target),
  }));
  return (
    <article>
      <header>
        <h1 lang="zh-CN">{article.titleZh}</h1>
        <p lang="en">{article.title}</p>
      </header>
      <ArticlePairs
        pairs={pairs}
        labels={{ english: t('reader.english'), chinese: t('reader.chinese'), permalink: t('reader.permalink') }}
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
