import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';
import { SignInForm } from './_components/sign-in-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('signIn.title'), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: PageProps<'/signin'>) {
  const { t } = await getTranslator();
  const { callbackUrl, passwordChanged, signedOut } = await searchParams;
  const notice = passwordChanged === '1' ? t('signIn.passwordChanged') : signedOut === '1' ? t('signIn.signedOut') : null;
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {notice && <Alert tone="success">{notice}</Alert>}
      <p>{t('signIn.intro')}</p>
      <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
    </section>
  );
}
