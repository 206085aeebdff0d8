import type { ComponentProps } from 'react';
import styles from './card.module.css';

export function Card({ className, ...props }: ComponentProps<'section'>) {
  return <section {...props} className={[styles.card, className].filter(Boolean).join(' ')} />;
}
