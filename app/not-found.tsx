import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusPage } from '@/components/status-page.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('notFound.title') };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <StatusPage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </StatusPage>
  );
}
