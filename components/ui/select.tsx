import type { ComponentProps } from 'react';
import styles from './field.module.css';

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select {...props} className={[styles.control, className].filter(Boolean).join(' ')} />;
}
