import { useId, type ComponentProps, type ReactNode } from 'react';
import styles from './table.module.css';

/**
 * A plain table that scrolls sideways on narrow screens. The scroll box is focusable and named by the
 * caption so keyboard users can scroll it too.
 */
export function Table({
  caption,
  className,
  children,
  ...props
}: ComponentProps<'table'> & { caption: ReactNode }) {
  const captionId = useId();
  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table {...props} className={['data-table', styles.table, className].filter(Boolean).join(' ')}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
