import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(workspace)/actions.ts';
import { setLocaleAction } from '@/app/actions.ts';
import { InterfaceLanguageScript } from '@/components/reader/interface-language-script.tsx';
import { SiteHeader, type HeaderViewer } from '@/components/site-header.tsx';
import { getViewer } from '@/lib/auth/viewer.ts';
import { countUnread } from '@/lib/dal/accounts/notifications.ts';
import { Both } from '@/lib/i18n/both.tsx';
import { LocaleProvider } from '@/lib/i18n/client.tsx';
import { getTranslator, isRenderedForEveryone } from '@/lib/i18n/server.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  const origin = configuredOrigin();
  return {
    title: { template: `%s · ${t('app.name')}`, default: t('app.name') },
    description: t('app.tagline'),
    ...(origin && { metadataBase: new URL(origin) }),
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#14161a' },
  ],
};

async function getHeaderViewer(): Promise<HeaderViewer> {
  const viewer = await getViewer();
  return viewer?.kind === 'user' ? { name: viewer.name, role: viewer.role, unread: await countUnread(viewer) } : null;
}

/*
 * Pages read the visitor's language and session, and `data-ui` shows that language's labels. The
 * reading site's pages are files built without this layout (lib/site). A page Next.js prerenders at
 * build time (its fallback 404) has no request: it renders with the signed-out header, its labels in
 * both languages, and a script picks one in the browser (the no-JavaScript default is English).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale }, forEveryone, viewer] = await Promise.all([getTranslator(), isRenderedForEveryone(), getHeaderViewer()]);
  return (
    // The script changes `lang` and `data-ui` before hydration.
    <html lang={locale} data-ui={locale} suppressHydrationWarning>
      <body>
        {forEveryone && <InterfaceLanguageScript />}
        <a href="#main" className="skip-link">
          <Both k="nav.skipToContent" />
        </a>
        <LocaleProvider locale={locale}>
          <SiteHeader viewer={viewer} signOutAction={signOutAction} setLocaleAction={setLocaleAction} />
          <main id="main" tabIndex={-1} className="page">
            {children}
          </main>
        </LocaleProvider>
      </body>
    </html>
  );
}
