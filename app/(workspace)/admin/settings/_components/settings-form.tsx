'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert.tsx';
import { CheckboxField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import type { MessageKey } from '@/lib/i18n/translate.ts';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import type { Settings, SettingKey } from '@/lib/validation/settings.ts';
import { updateSettingsAction } from '../actions.ts';

type Result = Awaited<ReturnType<typeof updateSettingsAction>>;

const options: ReadonlyArray<{ key: SettingKey; label: MessageKey; hint: MessageKey }> = [
  { key: 'reviewers.selfApprove', label: 'review.settings.selfApprove', hint: 'review.settings.selfApproveHint' },
  { key: 'translators.editAnyArticle', label: 'review.settings.editAnyArticle', hint: 'review.settings.editAnyArticleHint' },
];

export function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslator();
  const [result, formAction] = useActionState((_previous: Result | null, formData: FormData) => updateSettingsAction(formData), null);
  const current = result?.ok ? result.data : settings;
  return (
    <form action={formAction} className="stack narrow">
      {result && !result.ok && <Alert tone="danger">{t(errorMessageKey(result.code))}</Alert>}
      {result?.ok && <Alert tone="success">{t('review.settings.saved')}</Alert>}
      {options.map(({ key, label, hint }) => (
        <CheckboxField key={key} label={t(label)} hint={t(hint)} name={key} defaultChecked={current[key]} />
      ))}
      <SubmitButton pendingLabel={t('review.settings.saving')}>{t('review.settings.save')}</SubmitButton>
    </form>
  );
}
