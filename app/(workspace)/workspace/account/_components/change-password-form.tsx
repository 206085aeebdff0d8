'use client';

import { Alert } from '@/components/ui/alert.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import type { Translator } from '@/lib/i18n/translate.ts';
import { formErrors, useFormAction } from '@/components/use-form-action.ts';
import { changePasswordAction } from '../actions.ts';

type Result = ActionResult<void>;

/** Caught before a round trip; the server checks the same again. */
function mismatch(t: Translator): Result {
  return { ok: false, error: t('account.passwordsDiffer'), code: 'validation', fieldErrors: { confirmPassword: [t('account.passwordsDiffer')] } };
}

/** On success the action signs out everywhere and goes to the sign-in page, so only failures show here. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslator();
  const { result, formAction, kept } = useFormAction(changePasswordAction, (formData) =>
    formData.get('newPassword') === formData.get('confirmPassword') ? null : mismatch(t),
  );
  const { message, fieldErrors } = formErrors(result, t);
  return (
    <form action={formAction} className="stack" noValidate>
      {message && <Alert tone="danger">{message}</Alert>}
      {/* Tells password managers which account the new password belongs to; not submitted. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t('account.currentPassword')}
        name="currentPassword"
        defaultValue={kept('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        name="newPassword"
        defaultValue={kept('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        error={fieldErrors.newPassword}
      />
      <TextField
        label={t('account.confirmPassword')}
        name="confirmPassword"
        defaultValue={kept('confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.confirmPassword}
      />
      <SubmitButton pendingLabel={t('account.submitting')}>{t('account.submit')}</SubmitButton>
    </form>
  );
}
