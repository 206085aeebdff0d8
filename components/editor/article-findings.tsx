'use client';

import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { checkMessageKey, type Finding } from '@/lib/domain/checks/finding.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { FindingPlace } from './findings.tsx';
import styles from './bulk-actions.module.css';
import shared from './shared.module.css';

/** Rows listed at most: beyond, the filters take over. */
const maxListed = 300;

export type ArticleFinding = { segmentId: string; number: number; target: string; finding: Finding; waived: boolean };

type Props = {
  findings: readonly ArticleFinding[];
  checked: number;
  total: number;
  onOpen: (segmentId: string) => void;
  onClose: () => void;
};

/** Every quality finding of the article, errors first, each with where it is and a link to its segment. */
export function ArticleFindings({ findings, checked, total, onOpen, onClose }: Props) {
  const { t } = useTranslator();
  const listed = findings.slice(0, maxListed);
  return (
    <section className={styles.report} aria-label={t('editor.qa.title')} data-testid="article-findings">
      <h2 className={styles.heading}>{t('editor.qa.title')}</h2>
      {checked < total && <p className={shared.muted}>{t('editor.qa.checking', { done: checked, total })}</p>}
      {findings.length === 0 && checked >= total && <p className={shared.muted}>{t('editor.qa.none')}</p>}
      {listed.length > 0 && (
        <ul className={styles.skipped}>
          {listed.map(({ segmentId, number, target, finding, waived }, index) => (
            <li key={`${segmentId}:${finding.checkId}:${finding.span.start}:${index}`}>
              <button type="button" className={shared.linkButton} onClick={() => onOpen(segmentId)}>
                {t('editor.bulk.segment', { number })}
              </button>{' '}
              <Badge tone={waived ? 'neutral' : finding.severity === 'error' ? 'danger' : 'warning'}>{t(`quality.checks.${checkMessageKey(finding.checkId)}`)}</Badge>{' '}
              {t(`quality.findings.${finding.message}`, finding.params)} <FindingPlace target={target} finding={finding} />
            </li>
          ))}
        </ul>
      )}
      {findings.length > maxListed && <p className={shared.muted}>{t('editor.qa.more', { count: findings.length - maxListed })}</p>}
      <Button type="button" size="small" variant="secondary" onClick={onClose}>
        {t('editor.close')}
      </Button>
    </section>
  );
}
