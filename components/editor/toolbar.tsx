'use client';

import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { Select } from '@/components/ui/select.tsx';
import type { EditorArticle, EditorSegment } from '@/lib/contracts/editor.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { editorFilters, parseEditorFilter, type EditorFilter } from './filters.ts';
import { saveSummary, translationProgress } from './progress.ts';
import type { SourceView } from './segment-row.tsx';
import type { Edits } from './state.ts';
import shared from './shared.module.css';
import styles from './toolbar.module.css';

type Props = {
  article: Pick<EditorArticle, 'title' | 'titleZh' | 'slug'>;
  translatable: readonly EditorSegment[];
  edits: Edits;
  openComments: ReadonlyMap<string, number>;
  filter: EditorFilter;
  onFilter: (filter: EditorFilter) => void;
  sourceView: SourceView;
  onSourceView: (view: SourceView) => void;
  /** Set for reviewers: how many rows are selected for bulk approval. */
  selectedCount: number | null;
  onApproveSelected: () => void;
  onHelp: () => void;
  /** Submit-all, approve-all and select-all-shown. */
  bulkButtons: ReactNode;
};

/** The editor's head: the article, progress, filter and view, whether everything is saved, and bulk approval. */
export function EditorToolbar({ article, translatable, edits, openComments, filter, onFilter, sourceView, onSourceView, selectedCount, onApproveSelected, onHelp, bulkButtons }: Props) {
  const { t, locale } = useTranslator();
  const progress = useMemo(() => translationProgress(translatable, edits), [translatable, edits]);
  const summary = useMemo(() => saveSummary(edits, t), [edits, t]);
  const totalOpenComments = useMemo(() => [...openComments.values()].reduce((sum, count) => sum + count, 0), [openComments]);
  const number = (value: number) => value.toLocaleString(locale);

  return (
    <header className={styles.toolbar}>
      <div className={styles.titleLine}>
        <h1 className={styles.title}>{article.title}</h1>
        {article.titleZh && <span lang="zh-CN">{article.titleZh}</span>}
        <Link href={`/workspace/articles/${article.slug}`}>{t('editor.articlePage')}</Link>
      </div>
      <div className={styles.controls}>
        <div className={styles.progress}>
          <progress value={progress.translatedWords} max={Math.max(progress.words, 1)} aria-label={t('editor.progressLabel')} />
          <span>
            {t('editor.progressWords', { done: number(progress.translatedWords), total: number(progress.words) })} ·{' '}
            {t('editor.progressSegments', { approved: number(progress.approved), total: number(progress.segments) })}
          </span>
        </div>
        {totalOpenComments > 0 && (
          <button type="button" className={shared.linkButton} onClick={() => onFilter('comments')}>
            {t('editor.openCommentsTotal', { count: totalOpenComments })}
          </button>
        )}
        <label className={shared.control}>
          {t('editor.filter.label')}
          <Select className={styles.filter} value={filter} onChange={(event) => onFilter(parseEditorFilter(event.target.value))}>
            {editorFilters.map((name) => (
              <option key={name} value={name}>
                {t(`editor.filter.${name}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className={shared.control}>
          <input type="checkbox" checked={sourceView === 'markdown'} onChange={(event) => onSourceView(event.target.checked ? 'markdown' : 'rendered')} />
          {t('editor.showMarkdown')}
        </label>
        <p className={styles.summary} data-tone={summary.tone} role="status" aria-live="polite">
          {summary.text}
        </p>
        {bulkButtons}
        {selectedCount !== null && selectedCount > 0 && (
          <Button type="button" size="small" onClick={onApproveSelected}>
            {t('editor.review.approveSelected', { count: selectedCount })}
          </Button>
        )}
        <Button type="button" size="small" variant="secondary" onClick={onHelp} aria-keyshortcuts="F1">
          {t('editor.shortcutsButton')}
        </Button>
      </div>
    </header>
  );
}
