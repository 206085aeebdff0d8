import { articlePath } from './site-url.ts';

export type SitemapArticle = { slug: string; publishedAt: Date };
export type SitemapEntry = { url: string; lastModified: Date; alternates?: { languages: Record<string, string> } };

/**
 * The home page and every published article; each article names its Chinese-only and English-only
 * readings as language alternates.
 */
export function sitemapEntries(origin: string, articles: readonly SitemapArticle[]): SitemapEntry[] {
  const newest = articles.reduce((latest, article) => (article.publishedAt > latest ? article.publishedAt : latest), new Date(0));
  return [
    { url: `${origin}/`, lastModified: newest },
    ...articles.map((article) => {
      const url = `${origin}${articlePath(article.slug)}`;
      return { url, lastModified: article.publishedAt, alternates: { languages: { 'zh-CN': `${url}?mode=zh`, en: `${url}?mode=en` } } };
    }),
  ];
}
