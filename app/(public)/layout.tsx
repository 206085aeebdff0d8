import { getTranslator } from '@/lib/i18n/server.ts';

/** Reader pages announce the Atom feed; React places the <link> in <head>. */
export default async function PublicLayout({ children }: LayoutProps<'/'>) {
  const { t } = await getTranslator();
  return (
    <>
      <link rel="alternate" type="application/atom+xml" href="/feed.xml" title={t('readerSite.feed.title')} />
      {children}
    </>
  );
}
