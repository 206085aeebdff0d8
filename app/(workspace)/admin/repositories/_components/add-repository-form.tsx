'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { formErrors } from '@/components/use-form-action.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { addRepositoryAction } from '../actions.ts';

type State = { result: Awaited<ReturnType<typeof addRepositoryAction>>; values: Record<string, string> };

export function AddRepositoryForm() {
  const { t } = useTranslator();
  const [state, formAction] = useActionState(
    async (_previous: State | null, formData: FormData): Promise<State> => ({
      result: await addRepositoryAction(formData),
      values: Object.fromEntries([...formData].flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : []))),
    }),
    null,
  );
  const result = state?.result;
  // A refused form keeps what was typed (React resets a form after its action): fix one field, not five.
  const values = result && !result.ok ? state.values : {};
  // A name in use is said at the name field, in the interface language.
  const { message, fieldErrors } = formErrors(result ?? null, t, { repository: 'name' });
  return (
    <form action={formAction} className="stack narrow">
      {/* The server's message says what is wrong with the repository (credentials scrubbed). */}
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.code === 'duplicate' ? message : result.error}
        </p>
      )}
      {result?.ok && <p role="status">{t('repositories.added')}</p>}
      <TextField label={t('repositories.name')} name="name" defaultValue={values.name} required placeholder="blog" error={fieldErrors.name} />
      <TextField
        label={t('repositories.url')}
        name="url"
        defaultValue={values.url}
        required
        placeholder="https://github.com/huggingface/blog.git"
        error={fieldErrors.url}
      />
      <TextField label={t('repositories.branch')} name="branch" defaultValue={values.branch} placeholder="main" error={fieldErrors.branch} />
      <TextField label={t('repositories.sources')} name="sources" defaultValue={values.sources} required placeholder="*.md" error={fieldErrors.sources} />
      <TextField
        label={t('repositories.translations')}
        name="translations"
        defaultValue={values.translations}
        required
        placeholder="zh/{name}.md"
        hint={t('repositories.translationsHint')}
        error={fieldErrors.translations}
      />
      <TextField
        label={t('repositories.interval')}
        name="syncIntervalMinutes"
        defaultValue={values.syncIntervalMinutes}
        type="number"
        min={5}
        hint={t('repositories.intervalHint')}
        error={fieldErrors.syncIntervalMinutes}
      />
      <SubmitButton>{t('repositories.add')}</SubmitButton>
    </form>
  );
}
