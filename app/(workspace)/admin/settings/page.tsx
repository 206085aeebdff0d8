import type { Metadata } from 'next';
import { getSettings } from '@/lib/dal/core/settings.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { SettingsForm } from './_components/settings-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('review.settings.title') };
}

export default async function SettingsPage() {
  const { t } = await getTranslator();
  const settings = await loadPage(async () => getSettings(await requireViewer()), '/admin/settings');
  return (
    <section className="stack">
      <h1>{t('review.settings.title')}</h1>
      <p>{t('review.settings.intro')}</p>
      <SettingsForm settings={settings} />
    </section>
  );
}
