'use client';

import { Alert } from '@/components/ui/alert.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useFormAction } from '@/components/use-form-action.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { signInAction } from '../actions.ts';

export function SignInForm({ callbackUrl }: { callbackUrl: string | undefined }) {
  const { t } = useTranslator();
  const { result, formAction, kept } = useFormAction(signInAction);
  const failure = result && !result.ok ? (result.code === 'rate_limited' ? t('signIn.throttled') : t('signIn.failed')) : null;
  return (
    <form action={formAction} className="stack" noValidate>
      {failure && <Alert tone="danger">{failure}</Alert>}
      <TextField label={t('signIn.email')} name="email" type="email" autoComplete="username" required defaultValue={kept('email')} />
      <TextField label={t('signIn.password')} name="password" type="password" autoComplete="current-password" required />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton pendingLabel={t('signIn.submitting')}>{t('signIn.submit')}</SubmitButton>
    </form>
  );
}
