'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { reviewCategories, reviewSeverities, type ReviewCategory, type ReviewSeverity } from '@/lib/domain/review.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import type { Rejection } from './api.ts';
import styles from './review-controls.module.css';
import shared from './shared.module.css';

// The selects list exactly these values; anything else would be a bug, not input.
const asCategory = (value: string): ReviewCategory => reviewCategories.find((name) => name === value) ?? reviewCategories[0];
const asSeverity = (value: string): ReviewSeverity => reviewSeverities.find((name) => name === value) ?? 'minor';

type Props = {
  segmentId: string;
  number: number;
  selected: boolean;
  rejecting: boolean;
  onSelect: (selected: boolean) => void;
  onApprove: () => void;
  onRejecting: (open: boolean) => void;
  onReject: (rejection: Rejection) => Promise<string | null>;
};

/** A reviewer's decision on a submitted translation: approve, or reject with structured feedback. */
export function ReviewControls({ segmentId, number, selected, rejecting, onSelect, onApprove, onRejecting, onReject }: Props) {
  const { t } = useTranslator();
  const [category, setCategory] = useState<ReviewCategory>(reviewCategories[0]);
  const [severity, setSeverity] = useState<ReviewSeverity>('minor');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (rejecting) firstField.current?.focus();
  }, [rejecting]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const problem = await onReject({ category, severity, comment });
    setPending(false);
    setError(problem);
    if (!problem) {
      setComment('');
      onRejecting(false);
    }
  };

  return (
    <div className={styles.review}>
      <div className={shared.actions}>
        <label className={shared.control}>
          <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
          {t('editor.review.select', { number })}
        </label>
        <Button type="button" size="small" onClick={onApprove} aria-keyshortcuts="Alt+A">
          {t('editor.review.approve')}
        </Button>
        <Button type="button" size="small" variant="danger" aria-expanded={rejecting} aria-controls={`reject-${segmentId}`} onClick={() => onRejecting(!rejecting)}>
          {t('editor.review.reject')}
        </Button>
      </div>
      {rejecting && (
        <form id={`reject-${segmentId}`} className={styles.rejectForm} onSubmit={(event) => void submit(event)} aria-label={t('editor.review.rejectTitle', { number })}>
          <label>
            {t('editor.review.category')}
            <select ref={firstField} value={category} onChange={(event) => setCategory(asCategory(event.target.value))}>
              {reviewCategories.map((name) => (
                <option key={name} value={name}>
                  {t(`review.categories.${name}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('editor.review.severity')}
            <select value={severity} onChange={(event) => setSeverity(asSeverity(event.target.value))}>
              {reviewSeverities.map((name) => (
                <option key={name} value={name}>
                  {t(`review.severities.${name}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.rejectComment}>
            {t('editor.review.comment')}
            <textarea className={shared.textField} value={comment} onChange={(event) => setComment(event.target.value)} rows={3} required />
          </label>
          {error && (
            <p role="alert" className={shared.error}>
              {error}
            </p>
          )}
          <div className={shared.actions}>
            <Button type="submit" size="small" variant="danger" pending={pending}>
              {t('editor.review.sendBack')}
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={() => onRejecting(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
