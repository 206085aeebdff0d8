import { useId, type ComponentProps, type ReactNode } from 'react';
import styles from './table.module.css';

/** A visible caption, or the id of a heading that already says what the table is (so it is not said twice). */
type TableName = { caption: ReactNode; labelledBy?: never } | { caption?: never; labelledBy: string };

/**
 * A plain table that scrolls sideways on narrow screens. The scroll box is focusable and named like the
 * table so keyboard users can scroll it too.
 */
export function Table({ caption, labelledBy, className, children, ...props }: Omit<ComponentProps<'table'>, 'aria-labelledby'> & TableName) {
  const captionId = useId();
  const nameId = labelledBy ?? captionId;
  return (
    <div className={styles.scroller} role="region" aria-labelledby={nameId} tabIndex={0}>
      <table
        {...props}
        aria-labelledby={labelledBy}
        className={['data-table', styles.table, className].filter(Boolean).join(' ')}
      >
        {caption !== undefined && <caption id={captionId}>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
