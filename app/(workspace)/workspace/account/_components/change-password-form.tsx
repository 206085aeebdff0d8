'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey, type Translator } from '@/lib/i18n/translate.ts';
import { changePasswordAction } from '../actions.ts';

type Result = ActionResult<void>;

/** Caught before a round trip; the server checks the same again. */
function mismatch(t: Translator): Result {
  return { ok: false, error: t('account.passwordsDiffer'), code: 'validation', fieldErrors: { confirmPassword: [t('account.passwordsDiffer')] } };
}

/** On success the action signs out everywhere and goes to the sign-in page, so only failures show here. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslator();
  const [result, formAction] = useActionState(
    (_previous: Result | null, formData: FormData) =>
      formData.get('newPassword') === formData.get('confirmPassword') ? changePasswordAction(formData) : mismatch(t),
    null,
  );
  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form action={formAction} className="stack" noValidate>
      {result && !result.ok && (
        <Alert tone="danger">{result.code === 'validation' ? t('errors.validation') : t(errorMessageKey(result.code))}</Alert>
      )}
      {/* Tells password managers which account the new password belongs to; not submitted. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t('account.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        error={fieldErrors.newPassword}
      />
      <TextField
        label={t('account.confirmPassword')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.confirmPassword}
      />
      <SubmitButton pendingLabel={t('account.submitting')}>{t('account.submit')}</SubmitButton>
    </form>
  );
}
