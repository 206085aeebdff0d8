'use client';

import { Button } from '@/components/ui/button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import type { BulkReport } from './use-bulk-actions.ts';
import shared from './shared.module.css';
import styles from './bulk-actions.module.css';

type ButtonsProps = {
  /** Whether the filter limits the rows: the buttons then act on the shown rows only. */
  filtered: boolean;
  submittable: number;
  /** Set for reviewers: the shown submitted rows. */
  submitted: number | null;
  pending: boolean;
  onSubmitAll: () => void;
  onApproveAll: () => void;
  onSelectShown: () => void;
};

/** Submit-all for translators; approve-all and select-all-shown for reviewers. Each acts on the whole article, or on the rows the filter shows. */
export function BulkButtons({ filtered, submittable, submitted, pending, onSubmitAll, onApproveAll, onSelectShown }: ButtonsProps) {
  const { t } = useTranslator();
  return (
    <div className={shared.actions}>
      {submittable > 0 && (
        <Button type="button" size="small" variant="secondary" pending={pending} onClick={onSubmitAll}>
          {t(filtered ? 'editor.bulk.submitShown' : 'editor.bulk.submitAll', { count: submittable })}
        </Button>
      )}
      {submitted !== null && submitted > 0 && (
        <>
          <Button type="button" size="small" pending={pending} onClick={onApproveAll}>
            {t(filtered ? 'editor.bulk.approveShown' : 'editor.bulk.approveAll', { count: submitted })}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={onSelectShown}>
            {t('editor.bulk.selectShown', { count: submitted })}
          </Button>
        </>
      )}
    </div>
  );
}

type ReportProps = {
  report: BulkReport;
  numberOf: (segmentId: string) => number | null;
  onOpen: (segmentId: string) => void;
  onDismiss: () => void;
};

const reasonKeys = { own_text: 'editor.bulk.reasons.own_text', quality_error: 'editor.bulk.reasons.quality_error' } as const;

/** What a bulk action did, and each segment it left for a person, with why and a way to open it. */
export function BulkReportPanel({ report, numberOf, onOpen, onDismiss }: ReportProps) {
  const { t } = useTranslator();
  return (
    <section className={styles.report} role="status" aria-label={t('editor.bulk.working')} data-testid="bulk-report">
      {report.kind === 'failed' && <p className={shared.error}>{t('editor.bulk.failed', { message: report.message })}</p>}
      {report.kind === 'submitted' && <p>{t('editor.bulk.submitted', { count: report.submitted, skipped: report.skipped })}</p>}
      {report.kind === 'approved' && (
        <>
          <p>{t('editor.bulk.approved', { count: report.approved })}</p>
          {report.skipped.length === 0 ? (
            <p className={shared.muted}>{t('editor.bulk.noneSkipped')}</p>
          ) : (
            <>
              <h2 className={styles.heading}>{t('editor.bulk.skipped', { count: report.skipped.length })}</h2>
              <ul className={styles.skipped}>
                {report.skipped.map(({ segmentId, reason, message, checks }) => (
                  <li key={segmentId}>
                    <button type="button" className={shared.linkButton} onClick={() => onOpen(segmentId)}>
                      {t('editor.bulk.segment', { number: numberOf(segmentId) ?? '?' })}
                    </button>
                    {': '}
                    {reason in reasonKeys ? t(reasonKeys[reason as keyof typeof reasonKeys]) : message}
                    {checks && <span className={shared.muted}> ({checks.join(', ')})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <Button type="button" size="small" variant="secondary" onClick={onDismiss}>
        {t('editor.bulk.dismiss')}
      </Button>
    </section>
  );
}
