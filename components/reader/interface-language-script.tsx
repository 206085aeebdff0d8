'use client';

import { useLayoutEffect } from 'react';
import { interfaceLanguageSettings, interfaceLanguageScript, showPreferredInterfaceLanguage } from '@/lib/i18n/interface-language.ts';

/**
 * Chooses the interface language of a page rendered once for everyone, while the page is parsed and
 * before the first paint; rendered first in <body>, before any label. (See ReadingModeScript.) Some
 * cached pages, such as an unknown article's 404, arrive as an empty shell that React renders in the
 * browser, where a rendered script does not run: there the same choice is made before React paints.
 */
export function InterfaceLanguageScript() {
  useLayoutEffect(() => showPreferredInterfaceLanguage(interfaceLanguageSettings), []);
  return (
    <script
      // React warns about <script> rendered on the client; on the client this is inert text.
      type={typeof window === 'undefined' ? 'text/javascript' : 'text/plain'}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: interfaceLanguageScript }}
    />
  );
}
