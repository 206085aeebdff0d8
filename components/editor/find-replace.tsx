'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { splitAtSpans, type Span } from '@/lib/domain/find-replace.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import type { FindQueryInput, useFindReplace } from './use-find-replace.ts';
import shared from './shared.module.css';
import styles from './find-replace.module.css';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Set when a filter hides rows: the ids of the translatable rows shown, offered as the scope. */
  shownIds: readonly string[] | null;
  numberOf: (segmentId: string) => number | null;
  findReplace: ReturnType<typeof useFindReplace>;
};

function Marked({ text, spans, lang }: { text: string; spans: readonly Span[]; lang?: string }) {
  return (
    <span lang={lang} className={styles.text}>
      {splitAtSpans(text, spans).map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </span>
  );
}

/** Find and replace across the article's translations: the query, the preview with each change highlighted, then "replace all". */
export function FindReplaceDialog({ open, onClose, shownIds, numberOf, findReplace }: Props) {
  const { t } = useTranslator();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState<FindQueryInput>({ find: '', replace: '', regex: false, caseSensitive: false, wholeWord: false });
  const [shownOnly, setShownOnly] = useState(false);
  const { pending, state, preview, apply, reset } = findReplace;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const change = (patch: Partial<FindQueryInput>) => {
    setQuery((previous) => ({ ...previous, ...patch }));
    // A preview belongs to the query it was made for.
    if (state.kind === 'preview') reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void preview({ ...query, ...(shownOnly && shownIds && shownIds.length > 0 && { segmentIds: [...shownIds] }) });
  };
  const toggle = (name: 'regex' | 'caseSensitive' | 'wholeWord') => (
    <label className={shared.control}>
      <input type="checkbox" checked={query[name]} onChange={(event) => change({ [name]: event.target.checked })} />
      {t(`findReplace.${name}`)}
    </label>
  );

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="find-replace-title" onClose={onClose} data-testid="find-replace">
      <h2 id="find-replace-title">{t('findReplace.title')}</h2>
      <form className={styles.form} onSubmit={submit}>
        <label className={styles.field}>
          {t('findReplace.find')}
          <input value={query.find} onChange={(event) => change({ find: event.target.value })} required maxLength={200} autoFocus />
        </label>
        <label className={styles.field}>
          {t('findReplace.replace')}
          <input value={query.replace} onChange={(event) => change({ replace: event.target.value })} maxLength={1000} />
        </label>
        <div className={styles.options}>
          {toggle('caseSensitive')}
          {toggle('wholeWord')}
          {toggle('regex')}
          {shownIds && (
            <label className={shared.control}>
              <input type="checkbox" checked={shownOnly} onChange={(event) => { setShownOnly(event.target.checked); if (state.kind === 'preview') reset(); }} />
              {t('findReplace.shownOnly')}
            </label>
          )}
        </div>
        <div className={shared.actions}>
          <Button type="submit" size="small" variant="secondary" pending={pending && state.kind !== 'preview'}>
            {pending && state.kind !== 'preview' ? t('findReplace.previewing') : t('findReplace.preview')}
          </Button>
          {state.kind === 'preview' && state.preview.matches.length > 0 && (
            <Button type="button" size="small" pending={pending} onClick={() => void apply()}>
              {pending ? t('findReplace.replacing') : t('findReplace.replaceAll', { count: state.preview.total })}
            </Button>
          )}
        </div>
      </form>
      <div role="status" aria-live="polite" className={styles.result}>
        {state.kind === 'failed' && <p className={shared.error}>{t('findReplace.failed', { message: state.message })}</p>}
        {state.kind === 'preview' &&
          (state.preview.matches.length === 0 ? (
            <p>{t('findReplace.none')}</p>
          ) : (
            <p>{t('findReplace.summary', { total: state.preview.total, segments: state.preview.matches.length })}</p>
          ))}
        {state.kind === 'applied' && (
          <>
            <p>{t('findReplace.replaced', { count: state.applied.replaced })}</p>
            {state.applied.conflicts.length > 0 && (
              <>
                <p>{t('findReplace.conflicts', { count: state.applied.conflicts.length })}</p>
                <ul>
                  {state.applied.conflicts.map((conflict) => (
                    <li key={conflict.segmentId}>
                      {t('findReplace.segment', { number: numberOf(conflict.segmentId) ?? '?' })}:{' '}
                      {conflict.reason === 'changed' ? t('findReplace.changed') : conflict.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {state.kind === 'preview' && state.preview.matches.length > 0 && (
        <ol className={styles.matches} aria-label={t('findReplace.title')}>
          {state.preview.matches.map((match) => (
            <li key={match.segmentId} data-segment-id={match.segmentId}>
              <span className={shared.muted}>{t('findReplace.segment', { number: numberOf(match.segmentId) ?? '?' })} ({match.count})</span>
              <div className={styles.pair}>
                <span className={styles.label}>{t('findReplace.before')}</span>
                <Marked text={match.before} spans={match.spans} lang="zh-CN" />
                <span className={styles.label}>{t('findReplace.after')}</span>
                <Marked text={match.after} spans={match.afterSpans} lang="zh-CN" />
              </div>
            </li>
          ))}
        </ol>
      )}
      <form method="dialog">
        <Button type="submit" size="small" variant="secondary">
          {t('findReplace.close')}
        </Button>
      </form>
    </dialog>
  );
}
