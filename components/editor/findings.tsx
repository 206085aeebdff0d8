'use client';

import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import type { Waiver } from '@/lib/contracts/editor.ts';
import { findingExcerpt } from '@/lib/domain/checks/excerpt.ts';
import { checkMessageKey, type CheckId, type Finding } from '@/lib/domain/checks/finding.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import styles from './findings.module.css';
import shared from './shared.module.css';

/** "2 errors · 1 warning" for a row's head. */
export function FindingsSummary({ findings, waived }: { findings: readonly Finding[]; waived: ReadonlySet<string> }) {
  const { t } = useTranslator();
  const errors = findings.filter((finding) => finding.severity === 'error' && !waived.has(finding.checkId)).length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (errors + warnings === 0) return null;
  return (
    <span className={styles.findingsSummary}>
      {errors > 0 && <Badge tone="danger">{t('editor.checks.errors', { count: errors })}</Badge>}
      {warnings > 0 && <Badge tone="warning">{t('editor.checks.warnings', { count: warnings })}</Badge>}
    </span>
  );
}

function WaiveForm({ onWaive, onCancel }: { onWaive: (reason: string) => Promise<string | null>; onCancel: () => void }) {
  const { t } = useTranslator();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onWaive(reason));
  };
  return (
    <form className={styles.waiveForm} onSubmit={(event) => void submit(event)}>
      <label>
        {t('editor.checks.waiveReason')}
        <input value={reason} onChange={(event) => setReason(event.target.value)} required autoFocus />
      </label>
      {error && (
        <p role="alert" className={shared.error}>
          {error}
        </p>
      )}
      <Button type="submit" size="small">
        {t('editor.checks.waive')}
      </Button>
      <Button type="button" size="small" variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </form>
  );
}

/** Where in the translation a finding is: the span marked, with a few characters either side. */
export function FindingPlace({ target, finding }: { target: string; finding: Finding }) {
  const { t } = useTranslator();
  const excerpt = findingExcerpt(target, finding.span);
  return (
    <q className={styles.excerpt} lang="zh-CN" title={t('editor.checks.at', { offset: excerpt.start + 1 })}>
      {excerpt.before}
      <mark>{excerpt.match === '' ? '\u2038' : excerpt.match}</mark>
      {excerpt.after}
    </q>
  );
}

type Props = {
  /** The text the findings were computed on: their spans point into it. */
  target: string;
  findings: readonly Finding[];
  waivers: readonly Waiver[];
  canWaive: boolean;
  onFix: (findings: readonly Finding[]) => void;
  onWaive: (checkId: CheckId, reason: string) => Promise<string | null>;
};

/** The active segment's findings, each with its one-click fix where one is safe. */
export function FindingsList({ target, findings, waivers, canWaive, onFix, onWaive }: Props) {
  const { t } = useTranslator();
  const [waiving, setWaiving] = useState<CheckId | null>(null);
  const waiverFor = new Map(waivers.map((waiver) => [waiver.checkId, waiver]));
  const fixable = findings.filter((finding) => finding.fix);
  if (findings.length === 0) return null;
  return (
    <section className={styles.findings} aria-label={t('quality.title')}>
      <ul>
        {findings.map((finding, index) => {
          const waiver = finding.severity === 'error' ? waiverFor.get(finding.checkId) : undefined;
          return (
            <li key={`${finding.checkId}:${finding.span.start}:${index}`} data-severity={waiver ? 'waived' : finding.severity}>
              <Badge tone={waiver ? 'neutral' : finding.severity === 'error' ? 'danger' : 'warning'}>{t(`quality.checks.${checkMessageKey(finding.checkId)}`)}</Badge>{' '}
              {t(`quality.findings.${finding.message}`, finding.params)} <FindingPlace target={target} finding={finding} />
              {waiver && <span className={shared.muted}> {t('editor.checks.waived', { name: waiver.user?.name ?? '—', reason: waiver.reason })}</span>}
              {finding.fix && (
                <Button type="button" size="small" variant="ghost" onClick={() => onFix([finding])}>
                  {t('quality.applyFix')}
                </Button>
              )}
              {canWaive && finding.severity === 'error' && !waiver && waiving !== finding.checkId && (
                <Button type="button" size="small" variant="ghost" onClick={() => setWaiving(finding.checkId)}>
                  {t('editor.checks.waive')}…
                </Button>
              )}
              {waiving === finding.checkId && (
                <WaiveForm
                  onCancel={() => setWaiving(null)}
                  onWaive={async (reason) => {
                    const problem = await onWaive(finding.checkId, reason);
                    if (!problem) setWaiving(null);
                    return problem;
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {fixable.length > 1 && (
        <Button type="button" size="small" variant="secondary" onClick={() => onFix(fixable)}>
          {t('quality.applyAllFixes')}
        </Button>
      )}
    </section>
  );
}
