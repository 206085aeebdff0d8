/*
 * The reading site's one script, loaded at the top of <head> of every page (a file, so the pages'
 * Content-Security-Policy allows no inline script). While the page is parsed, before the first paint,
 * it shows the reader's interface language (their choice, else the browser's languages, else English)
 * and reading mode (`?mode=` in the address, else their choice); once the page is there, it makes the
 * language and reading-mode buttons work and remembers the choices in this browser.
 * The settings below are filled in when the site is built (lib/site/assets.ts). The language is
 * chosen as showPreferredInterfaceLanguage (lib/i18n/interface-language.ts) chooses it for the app's
 * own pages; it is written out here, not taken from that function's compiled source, so the site's
 * files are the same bytes whichever process builds them. tests/unit/i18n/interface-language.test.ts
 * runs both on the same cases.
 */
(function () {
  'use strict';
  var settings = __DUET_SETTINGS__;
  var root = document.documentElement;

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null; // Storage refused (private windows): the defaults decide.
    }
  }
  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      // Private windows may refuse storage; the choice then lasts for this page.
    }
  }
  function preferredLocale() {
    var chosen = stored(settings.localeKey);
    if (settings.locales.indexOf(chosen) >= 0) return chosen;
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i]).toLowerCase().split('-')[0];
      if (Object.prototype.hasOwnProperty.call(settings.localeByLanguage, primary)) return settings.localeByLanguage[primary];
    }
    return settings.defaultLocale;
  }
  function showLocale(locale) {
    root.setAttribute('data-ui', locale);
    root.lang = locale;
  }
  function preferredMode() {
    var fromUrl = new URLSearchParams(window.location.search).get('mode');
    if (settings.modes.indexOf(fromUrl) >= 0) return fromUrl;
    var chosen = stored(settings.modeKey);
    return settings.modes.indexOf(chosen) >= 0 ? chosen : null;
  }

  showLocale(preferredLocale());
  var initialMode = preferredMode();
  if (initialMode) root.setAttribute('data-reading-mode', initialMode);
  // The home listing's pages were once `/?page=N`; they are files now, at /browse/N.
  var listingPage = window.location.pathname === '/' && new URLSearchParams(window.location.search).get('page');
  if (listingPage && /^[1-9][0-9]{0,5}$/.test(listingPage)) window.location.replace(listingPage === '1' ? '/' : '/browse/' + listingPage);

  // A page opened at one of its language alternates (`?mode=zh`) is that alternate's own canonical page.
  function canonicalAlternate() {
    var canonical = document.querySelectorAll('link[rel="canonical"]')[0];
    var alternates = document.querySelectorAll('link[rel="alternate"][hreflang]');
    for (var i = 0; canonical && i < alternates.length; i++) {
      if (alternates[i].getAttribute('hreflang') !== 'x-default' && alternates[i].href === window.location.href) canonical.href = alternates[i].href;
    }
  }

  function wire() {
    canonicalAlternate();
    var localeButtons = document.querySelectorAll('[data-locale-option]');
    var modeButtons = document.querySelectorAll('[data-mode-option]');
    var narrow = window.matchMedia(settings.narrowQuery);

    function pressLocale() {
      var shown = root.getAttribute('data-ui');
      for (var i = 0; i < localeButtons.length; i++) {
        localeButtons[i].setAttribute('aria-pressed', String(localeButtons[i].getAttribute('data-locale-option') === shown));
      }
    }
    function pressMode() {
      var mode = root.getAttribute('data-reading-mode') || settings.defaultMode;
      // On a phone, side by side is shown interleaved.
      if (narrow.matches && mode === 'side') mode = 'interleaved';
      for (var i = 0; i < modeButtons.length; i++) {
        modeButtons[i].setAttribute('aria-pressed', String(modeButtons[i].getAttribute('data-mode-option') === mode));
      }
    }
    Array.prototype.forEach.call(localeButtons, function (button) {
      button.addEventListener('click', function () {
        var locale = button.getAttribute('data-locale-option');
        showLocale(locale);
        store(settings.localeKey, locale);
        // The cookie carries the choice to the pages the app renders per visitor (sign-in, search, the workspace).
        document.cookie = settings.localeCookie + '=' + locale + '; path=/; max-age=31536000; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '');
        pressLocale();
      });
    });
    Array.prototype.forEach.call(modeButtons, function (button) {
      button.addEventListener('click', function () {
        var mode = button.getAttribute('data-mode-option');
        root.setAttribute('data-reading-mode', mode);
        store(settings.modeKey, mode);
        // The address carries the choice, so a shared link opens in the same mode.
        var url = new URL(window.location.href);
        url.searchParams.set('mode', mode);
        window.history.replaceState(window.history.state, '', url);
        pressMode();
      });
    });
    if (narrow.addEventListener) narrow.addEventListener('change', pressMode);
    // Safari on a phone marks a tapped row :hover (which shows its ¶ link) only where touches are listened to.
    var pairs = document.querySelectorAll('[data-reading-pairs]')[0];
    if (pairs) pairs.addEventListener('touchstart', function () {}, { passive: true });
    pressLocale();
    pressMode();
    root.setAttribute('data-reader-ready', '');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
