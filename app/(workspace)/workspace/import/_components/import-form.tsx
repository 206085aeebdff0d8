'use client';

import { useActionState, useRef } from 'react';
import { CheckboxField, TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { formErrors } from '@/components/use-form-action.ts';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import type { ImportPreview } from '@/lib/dal/articles/articles.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { importArticleAction, previewImportAction } from '../actions.ts';
import { MarkdownInput } from './markdown-input.tsx';
import { PreviewTable } from './preview-table.tsx';

type State = { intent: 'preview' | 'import'; result: ActionResult<ImportPreview | void>; formData: FormData } | null;

export function ImportForm() {
  const { t } = useTranslator();
  // The texts as they are: a text area's form value has CRLF line breaks.
  const texts = useRef(new Map<string, string>());
  const rememberText = (name: string, text: string) => texts.current.set(name, text);
  const [state, formAction] = useActionState(async (_previous: State, formData: FormData): Promise<State> => {
    const intent = formData.get('intent') === 'import' ? 'import' : 'preview';
    // Sent as an object, not as FormData: a multipart body turns every line break into CRLF.
    const input: Record<string, string> = {};
    for (const [key, value] of formData) if (typeof value === 'string' && key !== 'intent' && !key.startsWith('$ACTION')) input[key] = value;
    for (const [name, text] of texts.current) input[name] = text;
    const result = intent === 'import' ? await importArticleAction(input) : await previewImportAction(input);
    return { intent, result, formData };
  }, null);
  const failure = state && !state.result.ok ? state.result : null;
  const { message, fieldErrors } = formErrors(failure, t);
  // React empties a form after its action; the fields keep what was typed, after a preview or an error.
  const kept = (name: string) => {
    const value = state?.formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const preview = state?.intent === 'preview' && state.result.ok ? (state.result.data as ImportPreview) : null;
  return (
    <form action={formAction} className="stack">
      {message && (
        <p role="alert" className="form-error">
          {message}
          {fieldErrors._ && ` ${fieldErrors._.join(' ')}`}
        </p>
      )}
      <MarkdownInput name="markdown" label={t('importArticle.english')} required error={fieldErrors.markdown} onText={rememberText} />
      <MarkdownInput name="translation" label={t('importArticle.chinese')} error={fieldErrors.translation} onText={rememberText} />
      <TextField label={t('importArticle.slug')} hint={t('importArticle.slugHint')} name="slug" defaultValue={kept('slug')} error={fieldErrors.slug} />
      <TextField label={t('importArticle.sourceUrl')} name="sourceUrl" type="url" defaultValue={kept('sourceUrl')} error={fieldErrors.sourceUrl} />
      <CheckboxField label={t('importArticle.asSubmitted')} hint={t('importArticle.asSubmittedHint')} name="asSubmitted" value="true" defaultChecked={kept('asSubmitted') === 'true'} />
      <div className="button-row">
        <SubmitButton name="intent" value="preview" variant="secondary" pendingLabel={t('importArticle.previewing')}>
          {t('importArticle.preview')}
        </SubmitButton>
        <SubmitButton name="intent" value="import" pendingLabel={t('importArticle.importing')}>
          {t('importArticle.import')}
        </SubmitButton>
      </div>
      {preview && <PreviewTable preview={preview} />}
    </form>
  );
}
