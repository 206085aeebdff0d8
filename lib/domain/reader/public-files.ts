import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import type { Credits } from '../article-metadata.ts';
import { buildAtomFeed } from './atom-feed.ts';
import type { ReadingTime } from './reading-time.ts';
import { articlePath } from './site-url.ts';

/*
 * The reading site's machine-readable files, each built in one place: written as files when
 * something is published (lib/site) and answered by the app's routes where no file serves them.
 * `origin` is DUET_PUBLIC_URL's; without it links are relative where the format allows.
 */

type ListedArticle = {
  slug: string;
  title: string;
  titleZh: string;
  publishedAt: Date;
  credits: Credits;
  tags: string[];
  readingTime: ReadingTime;
  excerpt: { en: string; zh: string } | null;
};

type FullArticle = Omit<ListedArticle, 'readingTime' | 'excerpt'> & {
  sourceUrl: string | null;
  author: string | null;
  pairs: ReadonlyArray<{ position: number; kind: string; source: string; target: string | null }>;
};

/** `GET /api/v1/public/articles`: every published article, newest first. */
export function publicArticleIndex(origin: string | null, articles: readonly ListedArticle[]) {
  const link = (path: string) => `${origin ?? ''}${path}`;
  return {
    articles: articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      titleZh: article.titleZh,
      publishedAt: article.publishedAt.toISOString(),
      credits: article.credits,
      tags: article.tags,
      readingTime: { chineseMinutes: article.readingTime.chineseMinutes, englishMinutes: article.readingTime.englishMinutes },
      url: link(articlePath(article.slug)),
      api: link(`/api/v1/public${articlePath(article.slug)}`),
    })),
  };
}

/** `GET /api/v1/public/articles/{slug}`: one article's aligned Markdown pairs by position, and its credits. */
export function publicArticle(origin: string | null, article: FullArticle) {
  return {
    slug: article.slug,
    title: article.title,
    titleZh: article.titleZh,
    sourceUrl: article.sourceUrl,
    author: article.author,
    publishedAt: article.publishedAt.toISOString(),
    credits: article.credits,
    tags: article.tags,
    url: `${origin ?? ''}${articlePath(article.slug)}`,
    pairs: article.pairs.map((pair) => ({ position: pair.position, kind: pair.kind, en: pair.source, zh: pair.target })),
  };
}

const feedSize = 50;

/** The Atom feed of the newest publications; Atom needs absolute links, so an origin. */
export function siteFeed(origin: string, articles: readonly ListedArticle[]): string {
  const t = getTranslatorFor('zh-CN');
  return buildAtomFeed(
    { url: `${origin}/feed.xml`, homeUrl: `${origin}/`, title: t('readerSite.feed.title'), subtitle: t('readerSite.feed.subtitle') },
    articles.slice(0, feedSize).map((article) => ({
      url: `${origin}${articlePath(article.slug)}`,
      title: article.title,
      titleZh: article.titleZh,
      publishedAt: article.publishedAt,
      translators: article.credits.translators,
      summary: article.excerpt?.zh ?? '',
    })),
  );
}

/** Readers' pages are for crawlers; the workspace, sign-in and the private API are not. */
const robotsRules = ['User-Agent: *', 'Allow: /', 'Allow: /api/v1/public/', ...['/workspace', '/admin', '/signin', '/api/', '/search?'].map((path) => `Disallow: ${path}`)];

export function robotsTxt(origin: string): string {
  return [...robotsRules, '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
