'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { importGlossaryAction } from '../actions.ts';

type Result = Awaited<ReturnType<typeof importGlossaryAction>>;

export function ImportGlossaryForm() {
  const { t } = useTranslator();
  const [result, formAction] = useActionState((_previous: Result | null, formData: FormData) => importGlossaryAction(formData), null);
  const report = result?.ok ? result.data : null;
  return (
    <form action={formAction} className="stack narrow">
      {result && !result.ok && (
        <div role="alert" className="form-error">
          <p>{result.code === 'validation' ? result.error : t(errorMessageKey(result.code))}</p>
        </div>
      )}
      {report && report.invalid.length > 0 && (
        <div role="alert" className="form-error">
          <p>{t('memory.glossary.importInvalid', { count: report.invalid.length })}</p>
          <ul>
            {report.invalid.map((row) => (
              <li key={`${row.line}-${row.message}`}>{t('memory.glossary.invalidRow', { line: row.line, message: row.message })}</li>
            ))}
          </ul>
        </div>
      )}
      {report && report.invalid.length === 0 && (
        <p role="status">{t('memory.glossary.imported', { created: report.created, updated: report.updated, unchanged: report.unchanged })}</p>
      )}
      <TextField
        label={t('memory.glossary.importFile')}
        hint={t('memory.glossary.importHint')}
        name="file"
        type="file"
        accept=".csv,.tbx,.xml,text/csv,application/xml"
        required
        error={result && !result.ok ? result.fieldErrors.file : undefined}
      />
      <SubmitButton pendingLabel={t('memory.glossary.importing')}>{t('memory.glossary.importSubmit')}</SubmitButton>
    </form>
  );
}
