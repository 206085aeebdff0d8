'use client';

import { SelectField, TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import type { GlossaryTerm } from '@/lib/dal/memory/glossary.ts';
import { GLOSSARY_STATUSES } from '@/lib/domain/glossary/glossary-term.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { formErrors, useFormAction } from '@/components/use-form-action.ts';
import { createGlossaryTermAction, updateGlossaryTermAction } from '../actions.ts';

/** Adds a term, or with `term` edits it; `onSaved` runs after a successful edit. */
export function TermForm({ term, onSaved }: { term?: Pick<GlossaryTerm, 'id' | 'source' | 'target' | 'notes' | 'partOfSpeech' | 'status'>; onSaved?: () => void }) {
  const { t } = useTranslator();
  const { result, formAction, kept } = useFormAction<unknown>(async (formData) => {
    const outcome = term ? await updateGlossaryTermAction(formData) : await createGlossaryTermAction(formData);
    if (outcome.ok && term) onSaved?.();
    return outcome;
  });
  // A pair the glossary has already is pointed out at the English term.
  const { message, fieldErrors } = formErrors(result, t, { term: 'source' });
  return (
    // A new key after each successful add empties the form for the next term; after a failure what was typed stays.
    <form action={formAction} className="stack narrow" key={result?.ok ? JSON.stringify(result.data) : 'form'}>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      {result?.ok && !term && <p role="status">{t('memory.glossary.added')}</p>}
      {term && <input type="hidden" name="id" value={term.id} />}
      <TextField label={t('memory.glossary.english')} name="source" lang="en" required defaultValue={kept('source') ?? term?.source} error={fieldErrors.source} />
      <TextField label={t('memory.glossary.chinese')} name="target" lang="zh-CN" required defaultValue={kept('target') ?? term?.target} error={fieldErrors.target} />
      <TextField label={t('memory.glossary.partOfSpeech')} name="partOfSpeech" defaultValue={kept('partOfSpeech') ?? term?.partOfSpeech} error={fieldErrors.partOfSpeech} />
      <SelectField label={t('memory.glossary.status')} name="status" defaultValue={kept('status') ?? term?.status ?? 'preferred'} error={fieldErrors.status}>
        {GLOSSARY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`memory.glossary.statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('memory.glossary.notes')} name="notes" defaultValue={kept('notes') ?? term?.notes} error={fieldErrors.notes} />
      <SubmitButton>{term ? t('memory.glossary.save') : t('memory.glossary.addTerm')}</SubmitButton>
    </form>
  );
}
