import type { Element } from 'hast';
import { h } from 'hastscript';
import { summarize, type PublishedArticle } from '@/lib/dal/publishing/reading.ts';
import { readingModes } from '@/lib/domain/reader/reading-modes.ts';
import type { ReadingRow } from '@/lib/domain/reader/reading-rows.ts';
import { articlePath, paragraphId } from '@/lib/domain/reader/site-url.ts';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import type { MessageKey } from '@/lib/i18n/translate.ts';
import { both, bothLabel, classOf, names, page, publishedDate, tagHref, wordBreaks, type PageContext } from './parts.ts';

const modeNames: Record<(typeof readingModes)[number], MessageKey> = {
  side: 'reader.modes.sideBySide',
  interleaved: 'reader.modes.interleaved',
  zh: 'reader.modes.chineseOnly',
  en: 'reader.modes.englishOnly',
};

/** A raw node: the rows' HTML is already sanitized (lib/domain/render-markdown.ts). */
const sanitizedHtml = (value: string) => ({ type: 'raw' as const, value });

/**
 * English and Chinese in aligned rows (see ReadingRow); which of the four reading modes shows is set
 * by <html data-reading-mode>, so one file serves every reader (see components/reader/article-pairs.module.css).
 */
function pairs(context: PageContext, rows: readonly ReadingRow[]): Element {
  const css = (...locals: Array<string | false>) => classOf(context, 'pairs', ...locals);
  return h('div', { className: css('pairs'), dataReadingPairs: '' }, [
    h('div', { className: css('head'), ariaHidden: 'true' }, [h('span', both({ k: 'reader.english' })), h('span', both({ k: 'reader.chinese' }))]),
    rows.map((row) => {
      if (row.position === null || row.sourceHtml === null) {
        return h('div', { className: css('row', 'chineseOnly'), dataKind: row.kind }, [
          h('div', { lang: 'zh-CN', className: css('cell', 'target') }, [sanitizedHtml(row.targetHtml ?? '')]),
        ]);
      }
      const id = paragraphId(row.position);
      const position = row.position;
      return h('div', { id, className: css('row'), dataKind: row.kind, dataTranslated: String(row.targetHtml !== null) }, [
        h('div', { lang: 'en', className: css('cell', 'source', row.targetHtml === null && 'wide') }, [sanitizedHtml(row.sourceHtml)]),
        row.targetHtml === null ? null : h('div', { lang: 'zh-CN', className: css('cell', 'target') }, [sanitizedHtml(row.targetHtml)]),
        h('a', { href: `#${id}`, className: css('permalink') }, [
          h('span', { ariaHidden: 'true' }, '¶'),
          h('span', { className: 'visually-hidden' }, both({ render: (t) => `${t('reader.permalink')}: ${t('readerSite.article.paragraph', { number: position })}` })),
        ]),
      ]);
    }),
  ]);
}

function header(context: PageContext, article: PublishedArticle, readingTime: { chineseMinutes: number; englishMinutes: number }): Element {
  const css = (local: string) => classOf(context, 'articleHeader', local);
  const { translators } = article.credits;
  return h('header', { className: css('header') }, [
    h('h1', { lang: 'zh-CN', className: css('titleZh') }, wordBreaks(article.titleZh)),
    h('p', { lang: 'en', className: css('titleEn') }, article.title),
    h('p', { className: css('meta') }, [
      publishedDate(article.publishedAt),
      translators.length > 0 ? h('span', [...both({ k: 'home.translatedBy' }), ' ', ...names(translators)]) : null,
      both({ k: 'readerSite.home.readingTime', vars: { zh: readingTime.chineseMinutes, en: readingTime.englishMinutes } }),
    ]),
    article.tags.length > 0 ? bothLabel('article-tags-label', { k: 'readerSite.home.tags' }) : null,
    article.tags.length > 0 ? h('ul', { className: css('tags'), ariaLabelledBy: 'article-tags-label' }, article.tags.map((tag) => h('li', [h('a', { href: tagHref(tag) }, tag)]))) : null,
  ]);
}

/** Only web links become anchors; anything else (a typo, a `javascript:` URL) is shown as text. */
function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether the front matter's author names more than one person (`A, B and C`, `甲、乙`; not 和, which begins some names). */
export function severalAuthors(author: string): boolean {
  return /[,，、;；&]|\s(?:and|und|et)\s/.test(author.trim());
}

/** The credits at the end, as the community's own posts end: original, author, translators, reviewers, date. */
function credits(context: PageContext, article: PublishedArticle): Element {
  const entry = (k: MessageKey, value: Parameters<typeof h>[2]) => [h('dt', both({ k })), h('dd', value)];
  const source = article.sourceUrl ? webUrl(article.sourceUrl) : null;
  const { translators, reviewers } = article.credits;
  return h('dl', { className: classOf(context, 'credits', 'credits') }, [
    article.sourceUrl ? entry('reader.originalArticle', source ? h('a', { href: source, rel: 'noopener noreferrer', lang: 'en' }, source) : article.sourceUrl) : null,
    article.author ? entry(severalAuthors(article.author) ? 'reader.authors' : 'reader.author', article.author) : null,
    translators.length > 0 ? entry('reader.translators', names(translators)) : null,
    reviewers.length > 0 ? entry('reader.reviewers', names(reviewers)) : null,
    entry('reader.published', publishedDate(article.publishedAt)),
  ].flat());
}

/** One article's page, with all four reading modes and both interface languages in it. */
export function articlePage(context: PageContext, article: PublishedArticle, rows: readonly ReadingRow[]) {
  const summary = summarize(article);
  const path = articlePath(article.slug);
  const description = (summary.excerpt?.zh || article.title).slice(0, 160);
  const t = getTranslatorFor('en');
  const css = (local: string) => classOf(context, 'article', local);
  const absolute = `${context.origin ?? ''}${path}`;
  return page(
    context,
    {
      title: article.titleZh,
      description,
      path,
      languages: { 'zh-CN': `${path}?mode=zh`, en: `${path}?mode=en`, 'x-default': path },
      stickyToolbar: true,
      meta: [
        { property: 'og:type', content: 'article' },
        { property: 'og:site_name', content: t('app.name') },
        { property: 'og:title', content: article.titleZh },
        { property: 'og:description', content: description },
        { property: 'og:locale', content: 'zh_CN' },
        { property: 'og:locale:alternate', content: 'en_US' },
        { property: 'article:published_time', content: article.publishedAt.toISOString() },
        ...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
        ...(context.origin ? [{ property: 'og:url', content: absolute }] : []),
      ],
    },
    h('article', { className: css('article') }, [
      h('nav', { className: css('back'), ariaLabelledBy: 'reader-nav-label', dataPrint: 'hide' }, [
        bothLabel('reader-nav-label', { k: 'readerSite.nav.label' }),
        h('a', { href: '/' }, ['← ', both({ k: 'readerSite.article.backHome' })]),
        h('a', { href: '/search' }, both({ k: 'readerSite.nav.search' })),
      ]),
      header(context, article, summary.readingTime),
      h('div', { className: css('toolbar') }, [
        h('div', { role: 'group', ariaLabelledBy: 'reading-mode-label', className: classOf(context, 'modes', 'switcher'), dataPrint: 'hide' }, [
          h('span', { id: 'reading-mode-label', className: 'visually-hidden' }, both({ k: 'reader.mode' })),
          readingModes.map((mode) =>
            h('button', { type: 'button', className: classOf(context, 'modes', 'option'), dataModeOption: mode, ariaPressed: String(mode === 'side') }, both({ k: modeNames[mode] })),
          ),
        ]),
      ]),
      pairs(context, rows),
      credits(context, article),
    ]),
  );
}
