import type { ReactNode } from 'react';
import styles from './alert.module.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

/** Danger interrupts a screen reader (role=alert); the other tones wait their turn (role=status). */
export function Alert({ tone = 'info', title, children }: { tone?: AlertTone; title?: ReactNode; children: ReactNode }) {
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={`${styles.alert} ${styles[tone]}`}>
      {title && <strong className={styles.title}>{title}</strong>}
      {children}
    </div>
  );
}
