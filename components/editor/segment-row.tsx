'use client';

import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Badge, translationStatusTone } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { WordDiff } from '@/components/word-diff.tsx';
import type { EditorSegment, Waiver } from '@/lib/contracts/editor.ts';
import { renderPreview } from '@/lib/domain/markdown/render-preview.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { useNearViewport } from './near-viewport.ts';
import type { Rejection } from './api.ts';
import { FindingsList, FindingsSummary } from './findings.tsx';
import { ReviewControls } from './review-controls.tsx';
import type { CheckedText } from './use-article-findings.ts';
import type { MachineSuggestion } from './use-machine-suggestion.ts';
import type { Checker } from './use-checker.ts';
import type { CheckId, GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import type { GlossaryTermMatch } from '@/lib/domain/glossary/find-glossary-terms.ts';
import type { SegmentEdit } from './state.ts';
import styles from './segment-row.module.css';
import shared from './shared.module.css';

export type SourceView = 'rendered' | 'markdown';

export type RowHandlers = {
  activate(id: string): void;
  edit(id: string, text: string): void;
  leave(id: string): void;
  resolve(id: string, keep: 'theirs' | 'mine'): void;
  submit(id: string): void;
  keep(id: string): void;
  copySource(id: string): void;
  openPanel(id: string, tab: 'history' | 'comments'): void;
  approve(id: string): void;
  reject(id: string, rejection: Rejection): Promise<string | null>;
  setRejecting(id: string, open: boolean): void;
  select(id: string, selected: boolean): void;
  waive(id: string, checkId: CheckId, reason: string): Promise<string | null>;
  insert(id: string, text: string): void;
  composing(id: string, composing: boolean): void;
};

/** The active row's suggestions in place: what Alt+1–3 insert, and the machine's state. */
export type InPlaceSuggestions = { items: ReadonlyArray<{ origin: 'memory' | 'machine'; text: string }>; machine: MachineSuggestion };

/** What the row needs to check its translation and show glossary terms. */
export type QualityContext = {
  checker: Checker | null;
  glossary: readonly GlossaryTerm[];
  matchGlossary: (source: string) => GlossaryTermMatch<GlossaryTerm>[];
  canWaive: boolean;
};

type Props = {
  segment: EditorSegment;
  edit: SegmentEdit | undefined;
  active: boolean;
  focusRequest: number;
  sourceView: SourceView;
  openComments: number;
  notice: string | null;
  /** Set for reviewers: this row's selection for bulk approval, and whether its reject form is open. */
  review: { selected: boolean; rejecting: boolean } | null;
  /** Waivers on the current version. */
  waivers: readonly Waiver[];
  /** The quality findings of the translation (checked for the whole article, see use-article-findings.ts). */
  checkedText: CheckedText;
  /** Set on the active row only. */
  suggestions: InPlaceSuggestions | null;
  quality: QualityContext;
  handlers: RowHandlers;
};

export function targetId(segmentId: string): string {
  return `target-${segmentId}`;
}

// A segment's own heading is content, not part of the editor's outline: shown as a styled paragraph.
const demoteHeadings = (html: string) => html.replace(/<(\/?)h([1-6])>/g, (_, close: string, level: string) => (close ? '</p>' : `<p data-heading="${level}">`));

function RenderedMarkdown({ markdown, lang, className }: { markdown: string; lang: string; className?: string }) {
  const html = useMemo(() => demoteHeadings(renderPreview(markdown)), [markdown]);
  // renderPreview escapes raw HTML and drops dangerous link protocols.
  return <div lang={lang} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

function estimatedHeight(segment: EditorSegment): number {
  return Math.min(600, 72 + Math.ceil(segment.source.length / 90) * 24);
}

/** The glossary's terms found in the English, with the Chinese to use (or never to use). */
function GlossaryHints({ source, quality }: { source: string; quality: QualityContext }) {
  const { t } = useTranslator();
  const matches = useMemo(() => quality.matchGlossary(source), [source, quality]);
  if (matches.length === 0) return null;
  return (
    <p className={styles.glossary}>
      {t('editor.glossary')}:{' '}
      {matches.map((match, index) => (
        <span key={`${match.start}`}>
          {index > 0 && ' · '}
          <mark lang="en">{match.text}</mark> →{' '}
          {match.terms.map((term) => (
            <span key={term.target} lang="zh-CN" data-status={term.status}>
              {term.status === 'forbidden' ? <s>{term.target}</s> : term.target}{' '}
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}

/** One English segment beside its Chinese translation. */
export const SegmentRow = memo(function SegmentRow({ segment, edit, active, focusRequest, sourceView, openComments, notice, review, waivers, checkedText, suggestions, quality, handlers }: Props) {
  const { t } = useTranslator();
  const rowRef = useRef<HTMLLIElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const near = useNearViewport(rowRef, active);
  const status = edit?.server.status ?? 'untranslated';
  const number = segment.position + 1;

  useEffect(() => {
    if (!active || focusRequest === 0) return;
    const bringIntoView = () => rowRef.current?.scrollIntoView({ block: 'nearest' });
    bringIntoView();
    const textarea = textareaRef.current;
    if (textarea && document.activeElement !== textarea) textarea.focus({ preventScroll: true });
    // Rows around it turn from placeholders into their real height as they come near, which moves
    // this one: bring it back while they settle (a deep link far down the article).
    const timers = [150, 400, 900].map((delay) => setTimeout(bringIntoView, delay));
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, [active, focusRequest]);

  const preview = useDeferredValue(active ? (edit?.draft ?? '') : '');
  const { checker } = quality;
  const { text: checked, findings } = checkedText;
  const waived = useMemo(() => new Set(waivers.map((waiver) => waiver.checkId)), [waivers]);

  if (!near) {
    return <li ref={rowRef} id={`segment-${segment.id}`} className={styles.placeholder} style={{ minHeight: estimatedHeight(segment) }} />;
  }

  const source =
    segment.previousSource !== null ? (
      <div className={styles.outdated}>
        <p className={styles.cellLabel}>{t('editor.sourceChanged')}</p>
        <WordDiff previous={segment.previousSource} next={segment.source} label={t('editor.sourceChanged')} />
      </div>
    ) : segment.field !== null ? (
      // A front matter field is a plain value, not Markdown.
      <p lang="en" className={styles.rendered}>
        {segment.source}
      </p>
    ) : sourceView === 'rendered' ? (
      <RenderedMarkdown markdown={segment.indent + segment.source} lang="en" className={styles.rendered} />
    ) : (
      <pre lang="en" className={styles.raw}>
        {segment.source}
      </pre>
    );

  return (
    <li
      ref={rowRef}
      id={`segment-${segment.id}`}
      className={styles.row}
      data-active={active || undefined}
      data-translatable={segment.translatable}
      data-status={status}
      aria-current={active ? 'true' : undefined}
    >
      <div className={styles.rowHead}>
        <a href={`?segment=${segment.id}`} className={styles.number} aria-label={t('editor.segmentNumber', { number })}>
          {number}
        </a>
        {segment.translatable ? (
          <Badge tone={translationStatusTone[status]}>{t(`workspace.status.${status}`)}</Badge>
        ) : (
          <span className={shared.muted}>{t('editor.notTranslatable')}</span>
        )}
        {segment.field !== null && <span className={shared.muted}>{t('editor.frontMatterField', { key: segment.field })}</span>}
        {edit && edit.save !== 'saved' && (
          <span className={styles.saveState} data-save={edit.save}>
            {t(`editor.save.${edit.save}`)}
          </span>
        )}
        <FindingsSummary findings={findings} waived={waived} />
        {openComments > 0 && (
          <button type="button" className={shared.linkButton} onClick={() => handlers.openPanel(segment.id, 'comments')}>
            {t('editor.openComments', { count: openComments })}
          </button>
        )}
      </div>
      <div className={styles.pair}>
        <div className={styles.sourceCell}>
          {source}
          {segment.translatable && <GlossaryHints source={segment.source} quality={quality} />}
        </div>
        <div className={styles.targetCell}>
          {segment.translatable && edit ? (
            <>
              <textarea
                ref={textareaRef}
                id={targetId(segment.id)}
                lang="zh-CN"
                className={styles.textarea}
                value={edit.draft}
                spellCheck={false}
                aria-label={t('editor.targetLabel', { number })}
                aria-describedby={edit.message || notice ? `notice-${segment.id}` : undefined}
                onFocus={() => handlers.activate(segment.id)}
                onBlur={() => handlers.leave(segment.id)}
                onChange={(event) => handlers.edit(segment.id, event.target.value)}
                onCompositionStart={() => handlers.composing(segment.id, true)}
                onCompositionEnd={() => handlers.composing(segment.id, false)}
              />
              {edit.save === 'saved' && edit.server.status !== 'untranslated' && edit.server.text.trim() === '' && (
                <p className={shared.muted} data-merged-at-import="">
                  {t('editor.mergedAtImport')}
                </p>
              )}
              {(edit.message || notice) && (
                <p id={`notice-${segment.id}`} role="alert" className={shared.error}>
                  {edit.message ?? notice}
                </p>
              )}
              {edit.save === 'conflict' && edit.theirs && (
                <div className={styles.conflict} role="group" aria-label={t('editor.conflict.title')}>
                  <p>
                    <strong>{t('editor.conflict.title')}</strong> {t('editor.conflict.body', { version: edit.theirs.version })}
                  </p>
                  <p className={styles.cellLabel}>{t('editor.conflict.theirs')}</p>
                  <pre lang="zh-CN" className={styles.raw}>
                    {edit.theirs.text}
                  </pre>
                  <p className={styles.cellLabel}>{t('editor.conflict.diff')}</p>
                  <WordDiff previous={edit.theirs.text} next={edit.draft} label={t('editor.conflict.diff')} />
                  <div className={shared.actions}>
                    <Button type="button" variant="secondary" onClick={() => handlers.resolve(segment.id, 'theirs')}>
                      {t('editor.conflict.useTheirs')}
                    </Button>
                    <Button type="button" onClick={() => handlers.resolve(segment.id, 'mine')}>
                      {t('editor.conflict.useMine')}
                    </Button>
                  </div>
                  <p className={shared.muted}>{t('editor.conflict.mergeHint')}</p>
                </div>
              )}
              {review && status === 'submitted' && edit.save === 'saved' && (
                <ReviewControls
                  segmentId={segment.id}
                  number={number}
                  selected={review.selected}
                  rejecting={review.rejecting}
                  onSelect={(selected) => handlers.select(segment.id, selected)}
                  onApprove={() => handlers.approve(segment.id)}
                  onRejecting={(open) => handlers.setRejecting(segment.id, open)}
                  onReject={(rejection) => handlers.reject(segment.id, rejection)}
                />
              )}
              {active && (
                <FindingsList
                  target={checked}
                  findings={findings}
                  waivers={waivers}
                  canWaive={quality.canWaive}
                  onFix={(chosen) => {
                    if (checker) handlers.edit(segment.id, checker.apply(edit.draft, chosen));
                    // The button had the focus; typing goes on in the translation.
                    textareaRef.current?.focus({ preventScroll: true });
                  }}
                  onWaive={(checkId, reason) => handlers.waive(segment.id, checkId, reason)}
                />
              )}
              {active && suggestions && (suggestions.items.length > 0 || suggestions.machine.state !== 'idle') && (
                <section aria-label={t('editor.suggestions.title')} className={styles.suggestions}>
                  <ol>
                    {suggestions.items.slice(0, 3).map((item, index) => (
                      <li key={`${item.origin}:${index}`}>
                        <button type="button" className={shared.linkButton} aria-keyshortcuts={`Alt+${index + 1}`} onClick={() => handlers.insert(segment.id, item.text)}>
                          {t('editor.suggestions.insert', { number: index + 1 })}
                        </button>{' '}
                        <Badge tone={item.origin === 'machine' ? 'info' : 'neutral'}>{t(`editor.suggestions.${item.origin}`)}</Badge>{' '}
                        <span lang="zh-CN">{item.text}</span>
                      </li>
                    ))}
                  </ol>
                  {suggestions.machine.state === 'loading' && <p className={shared.muted}>{t('editor.suggestions.machineLoading')}</p>}
                  {suggestions.machine.state === 'failed' && <p className={shared.muted}>{suggestions.machine.message}</p>}
                </section>
              )}
              {active && (
                <div className={styles.activeTools}>
                  {preview.trim() !== '' && segment.field === null && (
                    <section aria-label={t('editor.preview')} className={styles.preview}>
                      <RenderedMarkdown markdown={preview} lang="zh-CN" className={styles.rendered} />
                    </section>
                  )}
                  <div className={shared.actions}>
                    {status === 'outdated' && (
                      <Button type="button" variant="secondary" onClick={() => handlers.keep(segment.id)}>
                        {t('editor.keep')}
                      </Button>
                    )}
                    {(['draft', 'rejected', 'outdated'].includes(status) || edit.save !== 'saved') && edit.draft.trim() !== '' && (
                      <Button type="button" onClick={() => handlers.submit(segment.id)}>
                        {t('editor.submit')}
                      </Button>
                    )}
                    <Button type="button" variant="secondary" onClick={() => handlers.copySource(segment.id)}>
                      {t('editor.copySource')}
                    </Button>
                    <Button type="button" variant="secondary" onClick={() => handlers.openPanel(segment.id, 'history')}>
                      {t('editor.history')}
                    </Button>
                    <Button type="button" variant="secondary" onClick={() => handlers.openPanel(segment.id, 'comments')}>
                      {t('editor.comments')}
                    </Button>
                  </div>
                </div>
              )}
            </>
          ) : (
            <p className={shared.muted}>{t('editor.carriedUntranslated')}</p>
          )}
        </div>
      </div>
    </li>
  );
});
