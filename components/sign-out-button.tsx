'use client';

import { useFormStatus } from 'react-dom';
import { asFormAction } from '@/components/form-action.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

function SignOutSubmit({ className }: { className: string | undefined }) {
  const { t } = useTranslator();
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending || undefined}>
      {t('nav.signOut')}
    </button>
  );
}

/**
 * `action` is the sign-out Server Action; posting a form keeps sign-out working without JavaScript.
 * `className` gives it the header's quiet link look, so it reads as one set with "Account".
 */
export function SignOutButton({ action, className }: { action: (formData: FormData) => Promise<unknown>; className?: string }) {
  return (
    <form action={asFormAction(action)}>
      <SignOutSubmit className={className} />
    </form>
  );
}
