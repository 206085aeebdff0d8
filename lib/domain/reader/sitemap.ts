import { escapeXml } from './atom-feed.ts';
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

/** The sitemap protocol's XML (sitemaps.org 0.9), with language alternates as `xhtml:link`. */
export function buildSitemapXml(entries: readonly SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries) {
    lines.push('<url>', `<loc>${escapeXml(entry.url)}</loc>`);
    for (const [language, href] of Object.entries(entry.alternates?.languages ?? {})) {
      lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}" />`);
    }
    lines.push(`<lastmod>${entry.lastModified.toISOString()}</lastmod>`, '</url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
