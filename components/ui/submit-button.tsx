'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from './button.tsx';

/** A submit button that shows its form's pending state; `pendingLabel` replaces the text meanwhile. */
export function SubmitButton({
  pendingLabel,
  children,
  ...props
}: Omit<ButtonProps, 'type' | 'pending'> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button {...props} type="submit" pending={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
