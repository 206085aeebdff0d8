import type { Metadata } from 'next';
import { describeViewer } from '@/lib/dal/accounts/me.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { ChangePasswordForm } from './_components/change-password-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('account.title') };
}

export default async function AccountPage() {
  const { t } = await getTranslator();
  const me = await loadPage(async () => describeViewer(await requireViewer()), '/workspace/account');
  return (
    <section className="narrow stack">
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: me.name, email: me.email ?? '' })}</p>
      <h2>{t('account.changePassword')}</h2>
      <p>{t('account.changePasswordIntro')}</p>
      <ChangePasswordForm email={me.email ?? ''} />
    </section>
  );
}
