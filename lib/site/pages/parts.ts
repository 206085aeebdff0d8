import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { h, type Child } from 'hastscript';
import { getTranslatorFor } from '@/lib/i18n/catalogs.ts';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales.ts';
import type { MessageKey, MessageVars, Translator } from '@/lib/i18n/translate.ts';
import type { SiteModule, SiteStyles } from '../styles.ts';

/*
 * The pieces every page of the reading site is made of, as hast (HTML syntax trees, serialized by
 * hast-util-to-html, which escapes every text and attribute). They mirror the app's React components
 * (components/reader, components/site-header.tsx) and use their CSS modules' classes.
 */

export type { Child };

/** What a page needs besides its data: the stylesheet's classes and the asset and link addresses. */
export type PageContext = {
  styles: SiteStyles;
  /** `/assets/site-….css` and `/assets/reader-….js`. */
  assets: { stylesheet: string; script: string };
  /** DUET_PUBLIC_URL's origin (and path), or null: pages then carry no canonical or hreflang links. */
  origin: string | null;
};

export function classOf(context: PageContext, module: SiteModule, ...locals: Array<string | false | null>): string {
  return locals
    .filter((local): local is string => typeof local === 'string')
    .map((local) => context.styles.className(module, local))
    .join(' ');
}

type BothText = { k: MessageKey; vars?: MessageVars } | { render: (t: Translator, locale: Locale) => Child };

/** An interface label in both languages, one element each; CSS shows the one <html data-ui> names (see lib/i18n/both.tsx). */
export function both(text: BothText, tag: 'span' | 'p' | 'h1' | 'h2' = 'span', className?: string): Element[] {
  return locales.map((locale) => {
    const t = getTranslatorFor(locale);
    return h(tag, { dataUi: locale, className }, 'render' in text ? text.render(t, locale) : t(text.k, text.vars));
  });
}

/** A visually hidden label in both languages, for `aria-labelledby`. */
export function bothLabel(id: string, text: BothText): Element {
  return h('span', { id, className: 'visually-hidden' }, both(text));
}

/** What comes between names in one language: `, ` and `, and `, or `、` and `和`. */
function separatorsOf(names: readonly string[], locale: Locale): string[] {
  const separators: string[] = [];
  let between: string | null = null;
  for (const part of new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).formatToParts(names)) {
    if (part.type === 'literal') {
      if (between !== null) between += part.value;
    } else {
      if (between !== null) separators.push(between);
      between = '';
    }
  }
  return separators;
}

/** People's names, written once, joined as each interface language joins a list. */
export function names(list: readonly string[]): Array<Element | string> {
  const separators = Object.fromEntries(locales.map((locale) => [locale, separatorsOf(list, locale)])) as Record<Locale, string[]>;
  return list.flatMap((name, index) => [...(index > 0 ? both({ render: (_, locale) => separators[locale][index - 1] }) : []), name]);
}

/** A publish date as each interface language writes it, in UTC. */
export function publishedDate(date: Date): Element {
  return h('time', { dateTime: date.toISOString() }, both({ render: (_, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) }));
}

/**
 * The file name of a tag's page. A tag is free text, so only one made of letters, digits, spaces and
 * `_.-` (not leading with a dot) names its file as it is; any other is named by a hash of it, so no
 * tag can reach outside `tags/` or mean one thing to one server and another to the next.
 */
export function tagFileName(tag: string): string {
  if (/^[\p{L}\p{N}_-][\p{L}\p{N} _.-]*$/u.test(tag) && !tag.endsWith('.')) return tag;
  return `tag-${createHash('sha256').update(tag).digest('hex').slice(0, 16)}`;
}

const chineseWords = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/**
 * Chinese text with a <wbr> where two words meet (Intl.Segmenter's words, as BudouX does with its own
 * model): with `word-break: keep-all` on the element, a title breaks between words, never inside one
 * (不是「团 / 队」). Text with no Chinese is left as it is.
 */
export function wordBreaks(text: string): Array<Element | string> {
  if (!/\p{Script=Han}/u.test(text)) return [text];
  const pieces: Array<Element | string> = [];
  let previous = '';
  for (const { segment } of chineseWords.segment(text)) {
    // A space is a break already.
    if (previous !== '' && !/\s$/.test(previous) && !/^\s/.test(segment)) pieces.push(h('wbr'));
    pieces.push(segment);
    previous = segment;
  }
  return pieces;
}

/** Each tag's page is a file of its own (see tagFileName). */
export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tagFileName(tag))}`;
}

/** The site header of a signed-out visitor: the reading site is the same for everyone. */
function siteHeader(context: PageContext): Element {
  const css = (local: string) => classOf(context, 'header', local);
  const t = getTranslatorFor('en');
  return h('header', { className: css('header'), dataPrint: 'hide' }, [
    h('div', { className: css('inner') }, [
      h('a', { href: '/', className: css('brand') }, t('app.name')),
      h('nav', { ariaLabelledBy: 'site-nav-label', className: css('nav') }, [
        bothLabel('site-nav-label', { k: 'nav.label' }),
        h('ul', [h('li', [h('a', { href: '/' }, both({ k: 'nav.home' }))])]),
      ]),
      h('div', { className: css('tools') }, [
        // Switched in the browser by the reader script, which remembers the choice (lib/site/assets/reader.js).
        h('fieldset', { className: classOf(context, 'locale', 'switcher') }, [
          h('legend', { className: 'visually-hidden' }, both({ k: 'nav.language' })),
          locales.map((locale) =>
            h('button', { type: 'button', lang: locale, dataLocaleOption: locale, ariaPressed: 'false', className: classOf(context, 'locale', 'option') }, localeNames[locale]),
          ),
        ]),
        h('a', { href: '/signin' }, both({ k: 'nav.signIn' })),
      ]),
    ]),
  ]);
}

export type PageHead = {
  title: string;
  description: string;
  /** The page's own path, for its canonical link. */
  path: string;
  languages?: Record<string, string>;
  meta?: Array<{ property: string; content: string }>;
  /** A `robots` meta tag's content, e.g. `noindex, follow` for a page of search results. */
  robots?: string;
  /** The page has a toolbar that stays at the top of the window (the reading modes): scrolling stops below it. */
  stickyToolbar?: boolean;
};

/**
 * A whole page. <html> starts in English with no JavaScript; the reader script, loaded (not inline)
 * at the top of <head>, sets the interface language and the reading mode before the first paint.
 */
export function page(context: PageContext, head: PageHead, main: Child): Root {
  const absolute = (path: string) => `${context.origin}${path}`;
  const t = getTranslatorFor('en');
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en', dataUi: 'en', dataStickyToolbar: head.stickyToolbar ? '' : undefined }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('script', { src: context.assets.script }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', head.title === t('app.name') ? head.title : `${head.title} · ${t('app.name')}`),
          h('meta', { name: 'description', content: head.description }),
          head.robots ? h('meta', { name: 'robots', content: head.robots }) : null,
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('meta', { name: 'theme-color', media: '(prefers-color-scheme: light)', content: '#ffffff' }),
          h('meta', { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: '#14161a' }),
          (head.meta ?? []).map(({ property, content }) => h('meta', { property, content })),
          h('link', { rel: 'stylesheet', href: context.assets.stylesheet }),
          // The app's icon (app/icon.svg, which Next.js serves), so no browser asks for a missing /favicon.ico.
          h('link', { rel: 'icon', type: 'image/svg+xml', href: '/icon.svg' }),
          // Search engines read only absolute canonical and hreflang links: without DUET_PUBLIC_URL, none.
          context.origin ? h('link', { rel: 'canonical', href: absolute(head.path) }) : null,
          context.origin
            ? Object.entries(head.languages ?? {}).map(([language, path]) => h('link', { rel: 'alternate', hrefLang: language, href: absolute(path) }))
            : null,
          h('link', { rel: 'alternate', type: 'application/atom+xml', href: '/feed.xml', title: getTranslatorFor('zh-CN')('readerSite.feed.title') }),
        ]),
        h('body', [
          h('a', { href: '#main', className: 'skip-link' }, both({ k: 'nav.skipToContent' })),
          siteHeader(context),
          h('main', { id: 'main', tabIndex: -1, className: 'page' }, main),
        ]),
      ]),
    ],
  };
}
