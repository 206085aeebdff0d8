'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { rebuildMemoryAction } from '../actions.ts';

type Result = Awaited<ReturnType<typeof rebuildMemoryAction>>;

export function RebuildMemoryForm() {
  const { t } = useTranslator();
  const [result, formAction] = useActionState(() => rebuildMemoryAction({}), null as Result | null);
  return (
    <form action={formAction} className="stack narrow">
      <p>{t('memory.memory.rebuildHint')}</p>
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {t(errorMessageKey(result.code))}
        </p>
      )}
      {result?.ok && <p role="status">{t('memory.memory.rebuilt', result.data)}</p>}
      <SubmitButton variant="secondary" pendingLabel={t('memory.memory.rebuilding')}>
        {t('memory.memory.rebuildSubmit')}
      </SubmitButton>
    </form>
  );
}
