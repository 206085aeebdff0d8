import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

/**
 * What a list or table shows when it has nothing: what is missing, why or what to do about it, and
 * the one action that helps (a link or button), if there is one. `headingLevel` fits the page outline.
 */
export function EmptyState({
  title,
  children,
  action,
  headingLevel = 2,
}: {
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.empty}>
      {title && <Heading className={styles.title}>{title}</Heading>}
      {children && <div className={styles.body}>{children}</div>}
      {action}
    </div>
  );
}
