import type { ComponentProps } from 'react';
import styles from './field.module.css';

/** A multi-line text box; `monospace` for Markdown and other source text. */
export function Textarea({ className, monospace = false, ...props }: ComponentProps<'textarea'> & { monospace?: boolean }) {
  return <textarea {...props} className={[styles.control, monospace ? styles.monospace : '', className].filter(Boolean).join(' ')} />;
}
