'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { roles } from '@/lib/domain/permissions.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { createUserAction } from '../actions.ts';

type Result = Awaited<ReturnType<typeof createUserAction>>;

export function CreateUserForm() {
  const { t } = useTranslator();
  const [result, formAction] = useActionState(
    (_previous: Result | null, formData: FormData) => createUserAction(formData),
    null,
  );
  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form action={formAction} className="stack narrow">
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.code === 'validation' ? t('errors.validation') : t(errorMessageKey(result.code))}
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
      <TextField label={t('admin.users.name')} name="name" required error={fieldErrors.name} />
      <TextField label={t('admin.users.email')} name="email" type="email" required error={fieldErrors.email} />
      <SelectField label={t('admin.users.role')} name="role" defaultValue="translator" error={fieldErrors.role}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`admin.users.roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('admin.users.password')} name="password" type="password" autoComplete="new-password" error={fieldErrors.password} />
      <SubmitButton>{t('admin.users.createUser')}</SubmitButton>
    </form>
  );
}
