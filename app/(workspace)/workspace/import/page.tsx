import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { ImportForm } from './_components/import-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('importArticle.title') };
}

export default async function ImportPage() {
  await loadPage(() => requirePermission('articles:import'), '/workspace/import');
  const { t } = await getTranslator();
  return (
    <section>
      <h1>{t('importArticle.title')}</h1>
      <p>{t('importArticle.intro')}</p>
      <ImportForm />
    </section>
  );
}
