import type { Element } from 'hast';
import { h } from 'hastscript';
import { articlePath, paragraphId } from '@/lib/domain/reader/site-url.ts';
import type { SearchHit } from '@/lib/domain/search/search-index.ts';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { searchForm } from './listing.ts';
import { both, classOf, page, publishedDate, wordBreaks, type PageContext } from './parts.ts';

/** Matches are marked with <mark> from plain-text parts: nothing from an article is parsed as HTML here. */
function results(context: PageContext, query: string, hits: readonly SearchHit[]): Element {
  const css = (local: string) => classOf(context, 'results', local);
  return h('section', { ariaLabelledBy: 'search-results-heading', className: css('results') }, [
    h(
      'h2',
      { id: 'search-results-heading', className: css('summary') },
      hits.length === 0 ? both({ k: 'readerSite.search.none', vars: { query } }) : both({ k: 'readerSite.search.results', vars: { count: hits.length, query } }),
    ),
    h(
      'ol',
      { className: css('list') },
      hits.map((hit) =>
        h('li', { className: css('hit') }, [
          h('h3', { lang: 'zh-CN', className: css('title') }, [h('a', { href: articlePath(hit.slug) }, wordBreaks(hit.titleZh))]),
          h('p', { lang: 'en', className: css('titleEn') }, [hit.title, ' · ', publishedDate(new Date(hit.publishedAt))]),
          hit.snippet
            ? h('p', { className: css('snippet') }, [
                h('span', { lang: hit.snippet.lang }, hit.snippet.parts.map((part) => (part.match ? h('mark', part.text) : part.text))),
                ' ',
                h(
                  'a',
                  { href: `${articlePath(hit.slug)}#${paragraphId(hit.snippet.position)}`, className: css('paragraphLink') },
                  both({ k: 'readerSite.search.inParagraph', vars: { number: hit.snippet.position } }),
                ),
              ])
            : null,
        ]),
      ),
    ),
  ]);
}

/**
 * The search page, answered per query by the app (app/search/route.ts) but made of the reading site's
 * pieces, stylesheet and script: no framework script to load. A page of results is not indexed.
 */
export function searchPage(context: PageContext, query: string, hits: readonly SearchHit[]) {
  const t = getTranslatorFor('en');
  return page(
    context,
    { title: t('readerSite.search.title'), description: t('readerSite.search.hint'), path: '/search', robots: query ? 'noindex, follow' : undefined },
    h('div', { className: classOf(context, 'searchPage', 'search') }, [
      both({ k: 'readerSite.search.title' }, 'h1'),
      searchForm(context, { compact: false, query }),
      query ? results(context, query, hits) : null,
    ]),
  );
}
