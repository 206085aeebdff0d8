import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(workspace)/actions.ts';
import { setLocaleAction } from '@/app/actions.ts';
import { SiteHeader, type HeaderViewer } from '@/components/site-header.tsx';
import { getViewer } from '@/lib/auth/viewer.ts';
import { LocaleProvider } from '@/lib/i18n/client.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';
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
  return viewer?.kind === 'user' ? { name: viewer.name, role: viewer.role } : null;
}

/*
 * Reader pages (home, articles) export `dynamic = 'force-static'`: there the cookies and headers read
 * below are empty, so they render in the default interface language with the signed-out header and
 * can be cached for everyone. Every other page reads the visitor's language and session as usual.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, viewer] = await Promise.all([getTranslator(), getHeaderViewer()]);
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t('nav.skipToContent')}
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
