import { runInNewContext } from 'node:vm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import { siteAssets } from '@/lib/site/assets.ts';
import {
  chooseInterfaceLanguage,
  interfaceLanguageScript,
  interfaceLanguageSettings,
  showPreferredInterfaceLanguage,
  shownInterfaceLanguage,
} from '@/lib/i18n/interface-language.ts';

type FakeBrowser = { storage: Map<string, string>; languages?: string[]; language?: string; storageFails?: boolean };

/** A stand-in for the parts of a browser the script and the switcher touch. */
function fakeBrowser({ storage, languages, language = 'en-US', storageFails = false }: FakeBrowser) {
  const attributes = new Map<string, string>();
  const documentElement = {
    lang: 'en',
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storageFails) throw new Error('SecurityError');
      return storage.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (storageFails) throw new Error('QuotaExceededError');
      storage.set(key, value);
    },
  };
  return { document: { documentElement }, localStorage, navigator: { languages, language }, attributes, documentElement };
}

/** Runs the script as the browser would, before the page paints; returns what <html> says then. */
function runScript(options: FakeBrowser) {
  const browser = fakeBrowser(options);
  runInNewContext(interfaceLanguageScript, { document: browser.document, localStorage: browser.localStorage, navigator: browser.navigator });
  return { ui: browser.attributes.get('data-ui'), lang: browser.documentElement.lang };
}

/**
 * The reading site's own script (lib/site/assets/reader.js, a file with the same choice written in
 * plain JavaScript: the site's files must be the same bytes whoever builds them), run the same way.
 */
const readerScript = (await siteAssets()).script.body;
function runReaderScript(options: FakeBrowser) {
  const browser = fakeBrowser(options);
  const document = { ...browser.document, readyState: 'complete', querySelectorAll: () => [] };
  const window = { localStorage: browser.localStorage, location: { search: '', pathname: '/articles/x' }, matchMedia: () => ({ matches: false }) };
  runInNewContext(readerScript, { document, window, navigator: browser.navigator, URLSearchParams });
  return { ui: browser.attributes.get('data-ui'), lang: browser.documentElement.lang };
}

describe.each([
  ['the interface language script of pages the app renders once', runScript],
  ["the reading site's script", runReaderScript],
])('%s', (_, run) => {
  it.each([
    [null, ['en-US', 'en'], 'en'],
    [null, ['zh-CN', 'zh', 'en'], 'zh-CN'],
    [null, ['zh-TW'], 'zh-CN'],
    [null, ['ZH-hant-HK'], 'zh-CN'],
    [null, ['fr-FR', 'zh'], 'zh-CN'],
    [null, ['en-GB', 'zh-CN'], 'en'],
    [null, ['fr-FR', 'de'], 'en'],
    [null, [], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
    ['en', ['zh-CN'], 'en'],
    ['zh', ['en-US'], 'en'],
    ['<script>', ['zh-CN'], 'zh-CN'],
  ] as const)('stored %j, browser languages %j: %s', (stored, languages, expected) => {
    const storage = new Map(stored === null ? [] : [['duet-locale', stored]]);
    expect(run({ storage, languages: [...languages] })).toEqual({ ui: expected, lang: expected });
  });

  it('falls back to navigator.language where there is no list', () => {
    expect(run({ storage: new Map(), language: 'zh-SG' }).ui).toBe('zh-CN');
  });

  it('uses the browser languages when storage is refused', () => {
    expect(run({ storage: new Map([['duet-locale', 'en']]), languages: ['zh-CN'], storageFails: true }).ui).toBe('zh-CN');
  });
});

describe('the switcher and the script agree', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['zh-CN', ['en-US']],
    ['en', ['zh-CN']],
  ] as const)('choosing %s shows it at once and on the next cached page, whatever the browser asks for (%j)', (choice, languages) => {
    const storage = new Map<string, string>();
    const browser = fakeBrowser({ storage, languages: [...languages] });
    const dispatchEvent = vi.fn();
    vi.stubGlobal('document', browser.document);
    vi.stubGlobal('window', { localStorage: browser.localStorage, dispatchEvent });

    chooseInterfaceLanguage(choice);

    expect(shownInterfaceLanguage()).toBe(choice);
    expect(browser.documentElement.lang).toBe(choice);
    expect(dispatchEvent).toHaveBeenCalledOnce();
    expect(runScript({ storage, languages: [...languages] }).ui).toBe(choice);
  });

  it('pages React renders in the browser (no script ran) choose as the script does', () => {
    const storage = new Map([['duet-locale', 'zh-CN']]);
    const browser = fakeBrowser({ storage, languages: ['en-US'] });
    vi.stubGlobal('document', browser.document);
    vi.stubGlobal('localStorage', browser.localStorage);
    vi.stubGlobal('navigator', browser.navigator);
    showPreferredInterfaceLanguage(interfaceLanguageSettings);
    expect(shownInterfaceLanguage()).toBe('zh-CN');
    storage.clear();
    showPreferredInterfaceLanguage(interfaceLanguageSettings);
    expect(shownInterfaceLanguage()).toBe('en');
  });

  it('still switches at once when storage is refused', () => {
    const browser = fakeBrowser({ storage: new Map(), storageFails: true });
    vi.stubGlobal('document', browser.document);
    vi.stubGlobal('window', { localStorage: browser.localStorage, dispatchEvent: vi.fn() });
    chooseInterfaceLanguage('zh-CN');
    expect(shownInterfaceLanguage()).toBe('zh-CN');
  });
});

describe('Both', () => {
  it('renders a label once per interface language, marked for the CSS that shows one', () => {
    const html = renderToStaticMarkup(createElement(Both, { k: 'readerSite.home.pageOf', vars: { page: 2, count: 3 } }));
    expect(html).toBe('<span data-ui="zh-CN">第 2 页，共 3 页</span><span data-ui="en">Page 2 of 3</span>');
  });

  it('renders whole elements, and content made per language', () => {
    expect(renderToStaticMarkup(createElement(Both, { as: 'h1', className: 'title', k: 'notFound.title' }))).toBe(
      '<h1 data-ui="zh-CN" class="title">页面不存在</h1><h1 data-ui="en" class="title">Page not found</h1>',
    );
    const names = renderToStaticMarkup(createElement(Both, { render: (t, locale) => `${t('home.translatedBy')} ${new Intl.ListFormat(locale).format(['Lin Yue', 'Chen'])}` }));
    expect(names).toBe('<span data-ui="zh-CN">译者 Lin Yue和Chen</span><span data-ui="en">Translated by Lin Yue and Chen</span>');
  });

  it('labels by reference with a label that stays in the accessibility tree', () => {
    expect(renderToStaticMarkup(createElement(BothLabel, { id: 'tags', k: 'readerSite.home.tags' }))).toBe(
      '<span id="tags" class="visually-hidden"><span data-ui="zh-CN">标签</span><span data-ui="en">Tags</span></span>',
    );
  });
});
