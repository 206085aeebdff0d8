import type { ReactNode } from 'react';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';
import styles from './badge.module.css';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const translationStatusTone = {
  untranslated: 'neutral',
  draft: 'info',
  submitted: 'warning',
  approved: 'success',
  rejected: 'danger',
  outdated: 'warning',
} as const satisfies Record<TranslationStatus, Tone>;

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}
