'use client';

import { SelectField, TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { roles } from '@/lib/domain/permissions.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { formErrors, useFormAction } from '@/components/use-form-action.ts';
import { createUserAction } from '../actions.ts';

export function CreateUserForm() {
  const { t } = useTranslator();
  const { result, formAction, kept } = useFormAction(createUserAction);
  const { message, fieldErrors } = formErrors(result, t);
  return (
    <form action={formAction} className="stack narrow">
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      {result?.ok && (
        <p role="status">
          {t('admin.users.saved')} {result.data.email}
          {result.data.generatedPassword && (
            <>
              {' '}
              {t('admin.users.password')}: <code>{result.data.generatedPassword}</code>
            </>
          )}
        </p>
      )}
      <TextField label={t('admin.users.name')} name="name" required defaultValue={kept('name')} error={fieldErrors.name} />
      <TextField label={t('admin.users.email')} name="email" type="email" required defaultValue={kept('email')} error={fieldErrors.email} />
      <SelectField label={t('admin.users.role')} name="role" defaultValue={kept('role') ?? 'translator'} error={fieldErrors.role}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`admin.users.roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('admin.users.password')} name="password" type="password" autoComplete="new-password" defaultValue={kept('password')} error={fieldErrors.password} />
      <SubmitButton>{t('admin.users.createUser')}</SubmitButton>
    </form>
  );
}
