import Link from 'next/link';
import { listPublishedArticles } from '@/lib/dal/publications.ts';
import { getTranslator } from '@/lib/i18n/server.ts';

export default async function HomePage() {
  const { t, locale } = await getTranslator();
  const articles = await listPublishedArticles();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {articles.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug}>
              <article>
                <h2 lang="zh-CN">
                  <Link href={`/articles/${article.slug}`}>{article.titleZh}</Link>
                </h2>
                <p lang="en">{article.title}</p>
                <p className="meta">
                  <time dateTime={article.publishedAt.toISOString()}>{dateFormat.format(article.publishedAt)}</time>
                  {article.credits.translators.length > 0 && (
                    <> · {t('home.translatedBy')} {article.credits.translators.join(', ')}</>
                  )}
                  {article.credits.reviewers.length > 0 && (
                    <> · {t('home.reviewedBy')} {article.credits.reviewers.join(', ')}</>
                  )}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
