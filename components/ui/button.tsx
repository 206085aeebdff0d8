import type { ComponentProps } from 'react';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'medium' | 'small';

/** The button look, for links that act as buttons (e.g. `<Link className={buttonClassName()}>`). */
export function buttonClassName(variant: ButtonVariant = 'primary', size: ButtonSize = 'medium'): string {
  return [styles.button, styles[variant], size === 'small' ? styles.small : ''].filter(Boolean).join(' ');
}

export type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Marks the button busy and blocks repeat clicks while its action runs. */
  pending?: boolean;
};

export function Button({
  variant = 'primary',
  size = 'medium',
  pending = false,
  className,
  type = 'button',
  disabled,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={[buttonClassName(variant, size), className].filter(Boolean).join(' ')}
    />
  );
}
