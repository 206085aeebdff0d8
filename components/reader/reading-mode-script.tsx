import { readingModeStorageKey, readingModes } from '@/lib/domain/reader/reading-modes.ts';

/*
 * Runs while the page is parsed, before the first paint: the mode named in the URL (`?mode=`), else
 * the reader's stored choice, goes onto <html data-reading-mode>. The cached HTML stays the same for
 * everyone; only this attribute differs. (Client-side navigations are covered by ReadingModeSwitcher.)
 */
const script = `(function(){try{var m=${JSON.stringify(readingModes)};var v=new URLSearchParams(location.search).get('mode');if(m.indexOf(v)<0)v=localStorage.getItem(${JSON.stringify(readingModeStorageKey)});if(m.indexOf(v)>=0)document.documentElement.setAttribute('data-reading-mode',v);}catch(e){}})();`;

export function ReadingModeScript() {
  return (
    <script
      // React warns about <script> rendered on the client; on the client this is inert text.
      type={typeof window === 'undefined' ? 'text/javascript' : 'text/plain'}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: script }}
    />
  );
}
