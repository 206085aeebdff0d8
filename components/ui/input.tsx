import type { ComponentProps } from 'react';
import styles from './field.module.css';

/** A text-like input; `type="file"` gets its browser button styled like the other buttons. */
export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input {...props} className={[styles.control, props.type === 'file' ? styles.file : '', className].filter(Boolean).join(' ')} />;
}
