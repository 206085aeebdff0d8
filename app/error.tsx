'use client';

import { useEffect } from 'react';
import { ErrorReference, StatusPage } from '@/components/status-page.tsx';
import { Button } from '@/components/ui/button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';

/** Shows no error text: server messages may carry details, and the digest is enough to find the log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslator();
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage title={t('error.title')}>
      <title>{t('error.title')}</title>
      <p>{t('error.body')}</p>
      {digest && <ErrorReference>{t('error.reference', { digest })}</ErrorReference>}
      <Button onClick={() => retry()}>{t('error.retry')}</Button>
    </StatusPage>
  );
}
