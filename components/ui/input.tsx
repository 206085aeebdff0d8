import type { ComponentProps } from 'react';
import styles from './field.module.css';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input {...props} className={[styles.control, className].filter(Boolean).join(' ')} />;
}
