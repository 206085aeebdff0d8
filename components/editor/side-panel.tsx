'use client';

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Badge, translationStatusTone } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import type { CommentThread, Revision } from '@/lib/contracts/editor-api.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { editorApi } from './api.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';
import type { MemorySuggestion } from './use-memory-matches.ts';
import shared from './shared.module.css';
import styles from './side-panel.module.css';

export type PanelTab = 'history' | 'comments' | 'memory';
export const panelTabs: readonly PanelTab[] = ['history', 'comments', 'memory'];

function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function History({ segmentId, currentVersion, onRevert }: { segmentId: string; currentVersion: number; onRevert: (toVersion: number) => Promise<void> }) {
  const { t, locale } = useTranslator();
  const [loaded, reload] = useLoaded<Revision[]>(`${segmentId}:${currentVersion}`, async () => {
    const outcome = await editorApi.revisions(segmentId);
    return outcome.kind === 'ok' ? { ok: true, value: outcome.data.revisions } : { ok: false, message: outcome.message };
  });
  if (loaded.state === 'loading') return <p className={shared.muted}>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <PanelError message={loaded.message} retry={reload} />;
  if (loaded.value.length === 0) return <p className={shared.muted}>{t('editor.panel.noHistory')}</p>;
  return (
    <ol className={styles.history}>
      {loaded.value.map((revision) => (
        <li key={revision.version}>
          <p className={styles.historyHead}>
            <span>v{revision.version}</span>
            <Badge tone={translationStatusTone[revision.status]}>{t(`workspace.status.${revision.status}`)}</Badge>
            <span>{revision.author?.name ?? t('editor.panel.system')}</span>
            <time dateTime={revision.createdAt}>{formatTime(revision.createdAt, locale)}</time>
            <span className={shared.muted}>{t(`editor.origin.${revision.origin as 'edit'}`)}</span>
          </p>
          <p className="word-diff" lang="zh-CN" aria-label={t('editor.panel.changes')}>
            {revision.changes.map((part, index) =>
              part.kind === 'added' ? <ins key={index}>{part.text}</ins> : part.kind === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
            )}
          </p>
          {revision.notes.map((note, index) => (
            <div key={index} className={styles.note} role="note">
              <p className={styles.historyHead}>
                <Badge tone={note.severity === 'minor' ? 'warning' : 'danger'}>
                  {t(`review.categories.${note.category}`)} · {t(`review.severities.${note.severity}`)}
                </Badge>
                <span>{note.reviewer?.name ?? t('editor.panel.system')}</span>
              </p>
              <p className={styles.commentBody}>{note.comment}</p>
            </div>
          ))}
          {revision.version !== currentVersion && (
            <Button type="button" size="small" variant="secondary" onClick={() => void onRevert(revision.version)}>
              {t('editor.panel.revert', { version: revision.version })}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}

function CommentForm({ label, onSubmit }: { label: string; onSubmit: (body: string) => Promise<string | null> }) {
  const { t } = useTranslator();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setPending(true);
    const problem = await onSubmit(body);
    setPending(false);
    setError(problem);
    if (!problem) setBody('');
  };
  return (
    <form onSubmit={(event) => void submit(event)} className={styles.commentForm}>
      <textarea className={shared.textField} aria-label={label} placeholder={t('editor.panel.commentPlaceholder')} value={body} onChange={(event) => setBody(event.target.value)} rows={2} />
      {error && <p role="alert" className={shared.error}>{error}</p>}
      <Button type="submit" size="small" pending={pending}>
        {label}
      </Button>
    </form>
  );
}

function Comments({ segmentId, onCountChange }: { segmentId: string; onCountChange: (open: number) => void }) {
  const { t, locale } = useTranslator();
  const [loaded, reload] = useLoaded<CommentThread[]>(segmentId, async () => {
    const outcome = await editorApi.comments(segmentId);
    return outcome.kind === 'ok' ? { ok: true, value: outcome.data.comments } : { ok: false, message: outcome.message };
  });
  useEffect(() => {
    if (loaded.state === 'ready') onCountChange(loaded.value.filter((thread) => !thread.resolvedAt).length);
  }, [loaded, onCountChange]);
  const add = async (body: string, parentId?: string) => {
    const outcome = await editorApi.addComment(segmentId, body, parentId);
    if (outcome.kind !== 'ok') return outcome.message;
    reload();
    return null;
  };
  const setResolved = async (id: string, resolved: boolean) => {
    await editorApi.resolveComment(id, resolved);
    reload();
  };
  if (loaded.state === 'loading') return <p className={shared.muted}>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <PanelError message={loaded.message} retry={reload} />;
  return (
    <div>
      {loaded.value.length === 0 && <p className={shared.muted}>{t('editor.panel.noComments')}</p>}
      <ul className={styles.threads}>
        {loaded.value.map((thread) => (
          <li key={thread.id} data-resolved={Boolean(thread.resolvedAt)}>
            {[thread, ...thread.replies].map((comment) => (
              <div key={comment.id} className={styles.comment}>
                <p className={styles.historyHead}>
                  <strong>{comment.author?.name ?? t('editor.panel.system')}</strong>
                  <time dateTime={comment.createdAt}>{formatTime(comment.createdAt, locale)}</time>
                </p>
                <p className={styles.commentBody}>{comment.body}</p>
              </div>
            ))}
            <div className={shared.actions}>
              <Button type="button" size="small" variant="secondary" onClick={() => void setResolved(thread.id, !thread.resolvedAt)}>
                {thread.resolvedAt ? t('editor.panel.reopen') : t('editor.panel.resolve')}
              </Button>
            </div>
            {!thread.resolvedAt && <CommentForm label={t('editor.panel.reply')} onSubmit={(body) => add(body, thread.id)} />}
          </li>
        ))}
      </ul>
      <CommentForm label={t('editor.panel.addComment')} onSubmit={(body) => add(body)} />
    </div>
  );
}

function Memory({ matches, onInsert }: { matches: Loaded<MemorySuggestion[]>; onInsert: (index: number) => void }) {
  const { t } = useTranslator();
  if (matches.state === 'loading') return <p className={shared.muted}>{t('common.loading')}</p>;
  if (matches.state === 'failed') return <p className={shared.muted}>{matches.message}</p>;
  if (matches.value.length === 0) return <p className={shared.muted}>{t('editor.panel.noMatches')}</p>;
  return (
    <ol className={styles.matches}>
      {matches.value.map((match, index) => (
        <li key={`${index}:${match.target}`}>
          <p className={styles.historyHead}>
            <Badge tone={match.score >= 100 ? 'success' : 'info'}>{match.score}%</Badge>
            {match.sentence !== undefined && <span>{t('editor.panel.sentence', { number: match.sentence + 1 })}</span>}
            {index < 3 && <kbd>Alt {index + 1}</kbd>}
          </p>
          {match.diff && match.score < 100 ? (
            <p lang="en" className="word-diff" aria-label={t('editor.panel.matchDiff')}>
              {match.diff.map((part, partIndex) =>
                part.kind === 'added' ? <ins key={partIndex}>{part.text}</ins> : part.kind === 'removed' ? <del key={partIndex}>{part.text}</del> : <span key={partIndex}>{part.text}</span>,
              )}
            </p>
          ) : (
            <p lang="en" className={shared.muted}>
              {match.source}
            </p>
          )}
          <p lang="zh-CN">{match.target}</p>
          <Button type="button" size="small" variant="secondary" onClick={() => onInsert(index)}>
            {t('editor.panel.insert')}
          </Button>
        </li>
      ))}
    </ol>
  );
}

function PanelError({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useTranslator();
  return (
    <div role="alert">
      <p className={shared.error}>{message}</p>
      <Button type="button" size="small" variant="secondary" onClick={retry}>
        {t('editor.panel.retry')}
      </Button>
    </div>
  );
}

type SidePanelProps = {
  segmentId: string | null;
  segmentNumber: number | null;
  currentVersion: number;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  onRevert: (toVersion: number) => Promise<void>;
  onCommentCount: (segmentId: string, open: number) => void;
  matches: Loaded<MemorySuggestion[]>;
  onInsertMatch: (index: number) => void;
};

/** History, comments and memory matches of the active segment. */
export function SidePanel({ segmentId, segmentNumber, currentVersion, tab, onTab, onRevert, onCommentCount, matches, onInsertMatch }: SidePanelProps) {
  const { t } = useTranslator();
  const countChange = useCallback((open: number) => segmentId && onCommentCount(segmentId, open), [segmentId, onCommentCount]);
  return (
    <aside className={styles.panel} aria-label={t('editor.panel.label')}>
      <div role="tablist" aria-label={t('editor.panel.label')} className={styles.tabs}>
        {panelTabs.map((name) => (
          <button key={name} type="button" role="tab" id={`panel-tab-${name}`} aria-selected={tab === name} aria-controls="panel-body" onClick={() => onTab(name)}>
            {t(`editor.panel.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-body" aria-labelledby={`panel-tab-${tab}`} className={styles.panelBody}>
        {segmentId === null ? (
          <p className={shared.muted}>{t('editor.panel.pickSegment')}</p>
        ) : (
          <>
            <h2 className={styles.panelTitle}>{t('editor.segmentNumber', { number: segmentNumber ?? 0 })}</h2>
            {tab === 'history' && <History segmentId={segmentId} currentVersion={currentVersion} onRevert={onRevert} />}
            {tab === 'comments' && <Comments segmentId={segmentId} onCountChange={countChange} />}
            {tab === 'memory' && <Memory matches={matches} onInsert={onInsertMatch} />}
          </>
        )}
      </div>
    </aside>
  );
}
