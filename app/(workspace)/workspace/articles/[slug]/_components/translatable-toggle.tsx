'use client';

import { asFormAction } from '@/components/form-action.ts';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { setSegmentTranslatableAction } from '../actions.ts';

/** Code, raw HTML and math are carried untranslated unless someone opts a block in. */
export function TranslatableToggle({ segmentId, translatable }: { segmentId: string; translatable: boolean }) {
  const { t } = useTranslator();
  return (
    <form action={asFormAction(setSegmentTranslatableAction)}>
      <input type="hidden" name="segmentId" value={segmentId} />
      <input type="hidden" name="translatable" value={String(!translatable)} />
      <SubmitButton variant="ghost" size="small">
        {translatable ? t('workspace.markCarried') : t('workspace.markTranslatable')}
      </SubmitButton>
    </form>
  );
}
