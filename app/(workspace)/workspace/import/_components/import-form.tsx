'use client';

import { useActionState, useRef } from 'react';
import { TextField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import type { ImportPreview } from '@/lib/dal/articles/articles.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { importArticleAction, previewImportAction } from '../actions.ts';
import { MarkdownInput } from './markdown-input.tsx';
import { PreviewTable } from './preview-table.tsx';

type State = { intent: 'preview' | 'import'; result: ActionResult<ImportPreview | void> } | null;

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
    return { intent, result };
  }, null);
  const failure = state && !state.result.ok ? state.result : null;
  const preview = state?.intent === 'preview' && state.result.ok ? (state.result.data as ImportPreview) : null;
  return (
    <form action={formAction} className="stack">
      {failure && (
        <p role="alert" className="form-error">
          {failure.error}
        </p>
      )}
      <MarkdownInput name="markdown" label={t('importArticle.english')} required error={failure?.fieldErrors.markdown} onText={rememberText} />
      <MarkdownInput name="translation" label={t('importArticle.chinese')} error={failure?.fieldErrors.translation} onText={rememberText} />
      <TextField label={t('importArticle.slug')} hint={t('importArticle.slugHint')} name="slug" error={failure?.fieldErrors.slug} />
      <TextField label={t('importArticle.sourceUrl')} name="sourceUrl" type="url" error={failure?.fieldErrors.sourceUrl} />
      <div>
        <label>
          <input type="checkbox" name="asSubmitted" value="true" aria-describedby="as-submitted-hint" /> {t('importArticle.asSubmitted')}
        </label>
        <p id="as-submitted-hint" className="meta">
          {t('importArticle.asSubmittedHint')}
        </p>
      </div>
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
