import type { Element } from 'hast';
import { h } from 'hastscript';
import type { PublishedArticleSummary } from '@/lib/dal/publishing/reading.ts';
import { articlePath } from '@/lib/domain/reader/site-url.ts';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { both, bothLabel, classOf, names, page, publishedDate, tagHref, wordBreaks, type PageContext } from './parts.ts';

/** `/` for the first page of the home listing, `/browse/N` for the others. */
export function listingHref(pageNumber: number): string {
  return pageNumber > 1 ? `/browse/${pageNumber}` : '/';
}

/** An excerpt is a teaser: its first sentences, cut at a word's end near this many characters. */
const excerptChars = 160;

/**
 * The excerpt is one paragraph read alone, so references to definitions elsewhere in the article stay
 * as written: a footnote mark (`[^note]`) is dropped and a reference link (`[text][label]`) is its text.
 */
function shortExcerpt(paragraph: string): string {
  const text = paragraph.replace(/\[\^[^\]\s]+\]/g, '').replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  if (text.length <= excerptChars) return text;
  const cut = text.slice(0, excerptChars);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('，'), cut.lastIndexOf(' '));
  return `${end > excerptChars / 2 ? cut.slice(0, end) : cut}…`;
}

/** Thumbnails are shown at 2:1 (the size the images are usually made at), so the page never shifts as they load. */
const thumbnailSize = { width: 640, height: 320 };

/**
 * Published articles as cards: the thumbnail, Chinese title and excerpt, the English original, then
 * when, who and how long, and the tags. The thumbnail is decorative (the title beside it says what it
 * shows), so its alternative text is empty; only the first card's loads at once.
 */
function articleList(context: PageContext, articles: readonly PublishedArticleSummary[]): Element {
  const css = (local: string) => classOf(context, 'list', local);
  return h(
    'ol',
    { className: css('list') },
    articles.map((article, index) => {
      const { translators, reviewers } = article.credits;
      const minutes = { zh: article.readingTime.chineseMinutes, en: article.readingTime.englishMinutes };
      const tagsLabel = `article-tags-${article.slug}`;
      return h('li', { className: css('item') }, [
        h('article', { className: article.thumbnailUrl ? `${css('card')} ${css('withThumbnail')}` : css('card') }, [
          article.thumbnailUrl
            ? h('img', {
                src: article.thumbnailUrl,
                alt: '',
                ...thumbnailSize,
                loading: index === 0 ? 'eager' : 'lazy',
                decoding: 'async',
                referrerPolicy: 'no-referrer',
                className: css('thumbnail'),
              })
            : null,
          h('div', { className: css('body') }, [
            h('h2', { lang: 'zh-CN', className: css('titleZh') }, [h('a', { href: articlePath(article.slug) }, wordBreaks(article.titleZh))]),
            h('p', { lang: 'en', className: css('titleEn') }, article.title),
            article.excerpt?.zh ? h('p', { lang: 'zh-CN', className: css('excerpt') }, shortExcerpt(article.excerpt.zh)) : null,
            h('p', { className: css('meta') }, [
              publishedDate(article.publishedAt),
              translators.length > 0 ? h('span', [...both({ k: 'home.translatedBy' }), ' ', ...names(translators)]) : null,
              reviewers.length > 0 ? h('span', [...both({ k: 'home.reviewedBy' }), ' ', ...names(reviewers)]) : null,
              both({ render: (t) => h('span', { title: t('readerSite.home.readingTime', minutes) }, t('readerSite.home.readingTimeShort', minutes)) }),
            ]),
            article.tags.length > 0 ? bothLabel(tagsLabel, { k: 'readerSite.home.tags' }) : null,
            article.tags.length > 0 ? h('ul', { className: css('tags'), ariaLabelledBy: tagsLabel }, article.tags.map((tag) => h('li', [h('a', { href: tagHref(tag) }, tag)]))) : null,
          ]),
        ]),
      ]);
    }),
  );
}

function pagination(context: PageContext, pageNumber: number, pageCount: number): Element | null {
  if (pageCount <= 1) return null;
  return h('nav', { ariaLabelledBy: 'pagination-label', className: classOf(context, 'pagination', 'pagination') }, [
    bothLabel('pagination-label', { k: 'readerSite.home.pagination' }),
    pageNumber > 1 ? h('a', { href: listingHref(pageNumber - 1), rel: 'prev' }, ['← ', both({ k: 'readerSite.home.newer' })]) : h('span'),
    h('span', { className: classOf(context, 'pagination', 'position') }, both({ k: 'readerSite.home.pageOf', vars: { page: pageNumber, count: pageCount } })),
    pageNumber < pageCount ? h('a', { href: listingHref(pageNumber + 1), rel: 'next' }, [both({ k: 'readerSite.home.older' }), ' →']) : h('span'),
  ]);
}

/**
 * A plain GET form to /search, so it works without JavaScript: compact (its label hidden) on the home
 * page, full on the search page, where it holds the query asked.
 */
export function searchForm(context: PageContext, { compact, query = '' }: { compact: boolean; query?: string }): Element {
  const css = (...locals: string[]) => classOf(context, 'search', ...locals);
  const id = compact ? 'site-search-compact' : 'site-search';
  return h('form', { role: 'search', action: '/search', method: 'get', className: compact ? css('form', 'compact') : css('form') }, [
    h('label', { htmlFor: id, className: compact ? 'visually-hidden' : css('label') }, both({ k: 'readerSite.search.label' })),
    h('div', { className: css('row') }, [
      h('input', {
        id,
        type: 'search',
        name: 'q',
        value: query || undefined,
        placeholder: 'open source · 开源',
        maxLength: 200,
        ariaDescribedBy: compact ? undefined : 'site-search-hint',
        className: css('input'),
      }),
      h('button', { type: 'submit', className: css('button') }, both({ k: 'readerSite.search.submit' })),
    ]),
    compact ? null : h('p', { id: 'site-search-hint', className: css('hint') }, both({ k: 'readerSite.search.hint' })),
  ]);
}

export type Listing = {
  /** This page's articles. */
  items: readonly PublishedArticleSummary[];
  page: number;
  pageCount: number;
  /** The tag this listing is for, or null for the home listing. */
  tag: string | null;
  /** Every tag, most used first. */
  tags: readonly string[];
};

/** A page of the home listing, or one tag's page. */
export function listingPage(context: PageContext, { items, page: pageNumber, pageCount, tag, tags }: Listing) {
  const css = (local: string) => classOf(context, 'listing', local);
  const t = getTranslatorFor('en');
  const heading = tag === null ? t('home.title') : t('readerSite.home.tagged', { tag });
  const path = tag === null ? listingHref(pageNumber) : tagHref(tag);
  const tagClass = `${classOf(context, 'meta', 'pill')} ${css('tag')}`;
  return page(
    context,
    { title: pageNumber > 1 ? t('readerSite.home.pageTitle', { title: heading, page: pageNumber }) : heading, description: t('home.intro'), path },
    h('div', { className: css('listing') }, [
      h('header', { className: css('header') }, [
        tag === null
          ? both({ k: 'home.title' }, 'h1')
          : both({ render: (t, locale) => (locale === 'zh-CN' ? wordBreaks(t('readerSite.home.tagged', { tag })) : t('readerSite.home.tagged', { tag })) }, 'h1'),
        both({ k: 'home.intro' }, 'p', css('intro')),
        searchForm(context, { compact: true }),
      ]),
      h('div', { className: css('columns') }, [
        h('div', [items.length === 0 ? both({ k: 'home.empty' }, 'p') : articleList(context, items), pagination(context, pageNumber, pageCount)]),
        tags.length === 0
          ? null
          : h('nav', { ariaLabelledBy: 'tags-heading', className: css('tags') }, [
              h('h2', { id: 'tags-heading' }, both({ k: 'readerSite.home.tags' })),
              h('ul', [
                h('li', [h('a', { href: '/', className: tagClass, ariaCurrent: tag === null ? 'page' : undefined }, both({ k: 'readerSite.home.allArticles' }))]),
                tags.map((name) => h('li', [h('a', { href: tagHref(name), className: tagClass, ariaCurrent: name === tag ? 'page' : undefined }, name)])),
              ]),
            ]),
      ]),
      h('p', { className: css('feed') }, [h('a', { href: '/feed.xml' }, both({ k: 'readerSite.nav.feed' }))]),
    ]),
  );
}

/** The answer to any address the site has no file for. */
export function notFoundPage(context: PageContext) {
  const t = getTranslatorFor('en');
  return page(
    context,
    { title: t('notFound.title'), description: t('app.tagline'), path: '/404' },
    h('div', { className: classOf(context, 'status', 'status') }, [
      both({ k: 'notFound.title' }, 'h1'),
      both({ k: 'notFound.body' }, 'p'),
      h('p', [h('a', { href: '/' }, both({ k: 'notFound.home' }))]),
    ]),
  );
}
