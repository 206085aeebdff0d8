'use client';

import { asFormAction } from '@/components/form-action.ts';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';

/** `action` is the sign-out Server Action; posting a form keeps sign-out working without JavaScript. */
export function SignOutButton({ action }: { action: (formData: FormData) => Promise<unknown> }) {
  const { t } = useTranslator();
  return (
    <form action={asFormAction(action)}>
      <SubmitButton variant="ghost" size="small">
        {t('nav.signOut')}
      </SubmitButton>
    </form>
  );
}
