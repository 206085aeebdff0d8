'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { importTmxAction } from '../actions.ts';

type Result = Awaited<ReturnType<typeof importTmxAction>>;

export function ImportTmxForm() {
  const { t } = useTranslator();
  const [result, formAction] = useActionState((_previous: Result | null, formData: FormData) => importTmxAction(formData), null);
  return (
    <form action={formAction} className="stack narrow">
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.code === 'validation' ? result.error : t(errorMessageKey(result.code))}
        </p>
      )}
      {result?.ok && <p role="status">{t('memory.memory.imported', result.data)}</p>}
      <TextField label={t('memory.memory.importFile')} hint={t('memory.memory.importHint')} name="file" type="file" accept=".tmx,.xml" required />
      <SubmitButton pendingLabel={t('memory.memory.importing')}>{t('memory.memory.importSubmit')}</SubmitButton>
    </form>
  );
}
