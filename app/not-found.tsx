import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusPage } from '@/components/status-page.tsx';
import { Both } from '@/lib/i18n/both.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('notFound.title') };
}

/** The app's 404 (the reading site has its own, a file); prerendered for everyone, so its text is in both interface languages (see Both). */
export default function NotFound() {
  return (
    <StatusPage title={<Both k="notFound.title" />}>
      <Both as="p" k="notFound.body" />
      <p>
        <Link href="/">
          <Both k="notFound.home" />
        </Link>
      </p>
    </StatusPage>
  );
}
