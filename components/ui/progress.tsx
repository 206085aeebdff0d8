import type { ReactNode } from 'react';
import styles from './progress.module.css';

export type ProgressTone = 'accent' | 'success';

/**
 * A labelled bar for "n of total done". The label is shown above the bar and is also the bar's
 * accessible name; an empty total shows an empty bar rather than a full one.
 */
export function Progress({
  label,
  value,
  total,
  tone = 'accent',
}: {
  label: ReactNode;
  value: number;
  total: number;
  tone?: ProgressTone;
}) {
  return (
    <label className={styles.progress}>
      <span>{label}</span>
      <progress className={styles[tone]} value={Math.min(value, total)} max={Math.max(total, 1)} />
    </label>
  );
}
