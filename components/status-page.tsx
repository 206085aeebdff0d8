import type { ReactNode } from 'react';
import styles from './status-page.module.css';

/** The frame of the not-found and error pages. */
export function StatusPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.status}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

export function ErrorReference({ children }: { children: ReactNode }) {
  return <p className={styles.reference}>{children}</p>;
}
