'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import type { EditorArticle, EditorSegment } from '@/lib/contracts/editor.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { callApi, editorApi } from './api.ts';
import { editorFilters, idsMatchingFilter, type EditorFilter } from './filters.ts';
import { HelpDialog } from './help-dialog.tsx';
import type { Rejection } from './review-controls.tsx';
import { SegmentRow, targetId, type RowHandlers, type SourceView } from './segment-row.tsx';
import { commandFor, type ShortcutCommand } from './shortcuts.ts';
import { SidePanel, type Loaded, type MemoryMatch, type PanelTab } from './side-panel.tsx';
import type { SegmentEdit } from './state.ts';
import { useChecker } from './use-checker.ts';
import { useEdits } from './use-edits.ts';
import { createGlossaryMatcher } from '@/lib/domain/glossary/find-glossary-terms.ts';
import type { WaiverInfo } from './findings.tsx';
import styles from './editor.module.css';


/** Inserts `text` at the caret of the segment's textarea (or replaces an empty one) and returns the result. */
function insertAtCaret(segmentId: string, current: string, text: string): string {
  const textarea = document.getElementById(targetId(segmentId));
  if (!(textarea instanceof HTMLTextAreaElement) || current === '') return current === '' ? text : `${current}${text}`;
  textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
  return textarea.value;
}

// One object per combination, so memoized rows re-render only when their own review state changes.
const reviewStates = new Map<string, { selected: boolean; rejecting: boolean }>();
function reviewState(id: string, selected: ReadonlySet<string>, rejectingId: string | null) {
  const key = `${selected.has(id) ? 1 : 0}${rejectingId === id ? 1 : 0}`;
  let state = reviewStates.get(key);
  if (!state) {
    state = { selected: selected.has(id), rejecting: rejectingId === id };
    reviewStates.set(key, state);
  }
  return state;
}

const noWaivers: readonly WaiverInfo[] = [];
function currentWaivers(entry: { version: number; list: WaiverInfo[] } | undefined, version: number | undefined): readonly WaiverInfo[] {
  return entry && entry.version === version && entry.list.length > 0 ? entry.list : noWaivers;
}

/** The side-by-side editor for one article. */
export function Editor({ article, initialSegmentId, initialFilter = 'all' }: { article: EditorArticle; initialSegmentId: string | null; initialFilter?: EditorFilter }) {
  const { t, locale } = useTranslator();
  const segments = article.segments;
  const byId = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  const translatable = useMemo(() => segments.filter((segment) => segment.translatable), [segments]);
  const { edits, edit, flush, resolve, transition, unsavedCount, current: currentEdit, settle } = useEdits(
    useMemo(() => translatable.map((segment) => [segment.id, segment.translation] as [string, EditorSegment['translation']]), [translatable]),
    { reviewer: article.viewer.canReview },
  );

  const [openComments, setOpenComments] = useState(() => new Map(segments.map((segment) => [segment.id, segment.openComments])));
  const [activeId, setActiveId] = useState<string | null>(initialSegmentId && byId.has(initialSegmentId) ? initialSegmentId : null);
  const [focusRequest, setFocusRequest] = useState(initialSegmentId ? 1 : 0);
  const [sourceView, setSourceView] = useState<SourceView>('rendered');
  const [filter, setFilter] = useState<EditorFilter>(initialFilter);
  // The rows a filter shows are fixed when it is chosen, so a row does not vanish while it is edited.
  // On the first render `edits` is still what `initialEdits` made of the server's translations.
  const [shownIds, setShownIds] = useState(() => idsMatchingFilter(initialFilter, segments, edits, openComments));
  const [panelTab, setPanelTab] = useState<PanelTab>('history');
  const [notices, setNotices] = useState(new Map<string, string>());
  const [helpOpen, setHelpOpen] = useState(false);
  const canReview = article.viewer.canReview;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const checker = useChecker();
  const quality = useMemo(
    () => ({ checker, glossary: article.glossary, matchGlossary: createGlossaryMatcher(article.glossary), canWaive: canReview }),
    [checker, article.glossary, canReview],
  );
  // Waivers hold for one version of a translation; an edit makes them lapse.
  const [waivers, setWaivers] = useState(
    () => new Map(segments.map((segment) => [segment.id, { version: segment.translation.version, list: segment.waivers as WaiverInfo[] }])),
  );
  const [matches, setMatches] = useState<Loaded<MemoryMatch[]>>({ state: 'ready', value: [] });
  // Set once the editor is interactive (hydrated, shortcuts listening): tests and the benchmark wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const shown = useMemo(() => (shownIds ? shownIds.flatMap((id) => byId.get(id) ?? []) : segments), [shownIds, byId, segments]);
  const navigable = useMemo(() => shown.filter((segment) => segment.translatable), [shown]);

  const chooseFilter = (next: EditorFilter) => {
    setFilter(next);
    setShownIds(idsMatchingFilter(next, segments, edits, openComments));
  };

  const setNotice = useCallback((id: string, message: string | null) => {
    setNotices((current) => {
      if ((current.get(id) ?? null) === message) return current;
      const next = new Map(current);
      if (message === null) next.delete(id);
      else next.set(id, message);
      return next;
    });
  }, []);

  const focusSegment = useCallback(
    (id: string) => {
      setActiveId(id);
      setFocusRequest((n) => n + 1);
    },
    [],
  );

  // The URL names the active segment, so a link or a reload comes back to it.
  useEffect(() => {
    if (!activeId) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('segment') === activeId) return;
    url.searchParams.set('segment', activeId);
    window.history.replaceState(window.history.state, '', url);
  }, [activeId]);

  // Memory matches for the active segment (the memory service may be absent: then there are none).
  const activeSource = activeId ? (byId.get(activeId)?.source ?? null) : null;
  useEffect(() => {
    if (!activeSource) return;
    let live = true;
    setMatches({ state: 'loading' });
    const timer = setTimeout(() => {
      type Lookup = { matches?: MemoryMatch[]; sentences?: Array<{ index: number; matches: MemoryMatch[] }> };
      void callApi<Lookup>('GET', `/api/v1/memory?q=${encodeURIComponent(activeSource.slice(0, 5000))}`).then((outcome) => {
        if (!live) return;
        if (outcome.kind !== 'ok') {
          setMatches({ state: 'failed', message: t('editor.panel.memoryUnavailable') });
          return;
        }
        // Whole-segment matches first, then the best match of each sentence of a changed paragraph.
        const sentences = (outcome.data.sentences ?? []).flatMap(({ index, matches }) => (matches[0] ? [{ ...matches[0], sentence: index }] : []));
        setMatches({ state: 'ready', value: [...(outcome.data.matches ?? []), ...sentences].slice(0, 9) });
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [activeSource, t]);

  const step = useCallback(
    (from: string | null, direction: 1 | -1, accept: (segment: EditorSegment) => boolean = () => true): string | null => {
      const start = from ? navigable.findIndex((segment) => segment.id === from) : -1;
      for (let index = start + direction; index >= 0 && index < navigable.length; index += direction) {
        const candidate = navigable[index];
        if (candidate && accept(candidate)) return candidate.id;
      }
      return null;
    },
    [navigable],
  );

  const isUntranslated = useCallback((segment: EditorSegment) => {
    const current = currentEdit(segment.id);
    return current !== undefined && current.draft.trim() === '';
  }, [currentEdit]);

  const submit = useCallback(
    async (id: string) => {
      const problem = await transition(id, (version) => editorApi.submit(id, version));
      const segment = byId.get(id);
      const text = currentEdit(id)?.server.text ?? '';
      // Checks run on submit too: errors do not stop it, but the translator hears of them at once.
      const errors =
        problem === null && checker && segment
          ? checker.run({ source: segment.source, target: text, glossary: article.glossary, kind: segment.kind as never }).filter((f) => f.severity === 'error').length
          : 0;
      setNotice(id, problem ?? (errors > 0 ? t('editor.checks.submittedWithErrors', { count: errors }) : null));
      return problem === null;
    },
    [transition, setNotice, byId, currentEdit, checker, article.glossary, t],
  );

  const keep = useCallback(
    async (id: string) => setNotice(id, await transition(id, (version) => editorApi.keep(id, version))),
    [transition, setNotice],
  );

  const approve = useCallback(
    async (id: string) => {
      const problem = await transition(id, (version) => editorApi.approve(id, version));
      setNotice(id, problem);
      if (!problem) setSelected((current) => (current.has(id) ? new Set([...current].filter((other) => other !== id)) : current));
      return problem === null;
    },
    [transition, setNotice],
  );

  const reject = useCallback(
    async (id: string, rejection: Rejection) => {
      const problem = await transition(id, (version) => editorApi.reject(id, { version, ...rejection }));
      if (!problem) setNotice(id, null);
      return problem;
    },
    [transition, setNotice],
  );

  const approveSelected = async () => {
    const items = [...selected].flatMap((segmentId) => {
      const current = currentEdit(segmentId);
      return current && current.save === 'saved' ? [{ segmentId, version: current.server.version }] : [];
    });
    if (items.length === 0) return;
    const outcome = await editorApi.bulkApprove(items);
    if (outcome.kind !== 'ok') {
      for (const item of items) setNotice(item.segmentId, outcome.message);
      return;
    }
    for (const { segmentId, version } of outcome.data.approved) {
      const current = currentEdit(segmentId);
      if (current) settle(segmentId, { current: { text: current.server.text, status: 'approved', version }, conflict: false });
      setNotice(segmentId, null);
    }
    for (const refusal of outcome.data.refused) {
      if (refusal.current) settle(refusal.segmentId, { current: refusal.current, conflict: true });
      else setNotice(refusal.segmentId, refusal.message);
    }
    setSelected(new Set(outcome.data.refused.map((refusal) => refusal.segmentId)));
  };

  const insertIntoActive = useCallback(
    (id: string, text: string) => {
      const current = currentEdit(id);
      if (!current) return;
      edit(id, insertAtCaret(id, current.draft, text));
    },
    [edit, currentEdit],
  );

  const run = useCallback(
    (command: ShortcutCommand, event: { code: string }) => {
      const id = activeId;
      const move = (target: string | null) => target && focusSegment(target);
      switch (command) {
        case 'help':
          setHelpOpen(true);
          return;
        case 'next':
          move(step(id, 1));
          return;
        case 'previous':
          move(step(id, -1));
          return;
        case 'nextUntranslated': {
          const found = step(id, 1, isUntranslated) ?? step(null, 1, isUntranslated);
          if (found) move(found);
          else if (shownIds) {
            const anywhere = translatable.find(isUntranslated);
            if (anywhere) {
              chooseFilter('all');
              move(anywhere.id);
            }
          }
          return;
        }
      }
      if (!id) return;
      switch (command) {
        case 'saveAndNext':
          void flush(id);
          move(step(id, 1));
          return;
        case 'submitAndNext':
          void submit(id);
          move(step(id, 1));
          return;
        case 'copySource':
          insertIntoActive(id, byId.get(id)?.source ?? '');
          return;
        case 'insertMatch': {
          const match = matches.state === 'ready' ? matches.value[Number(event.code.slice(-1)) - 1] : undefined;
          if (match) insertIntoActive(id, match.target);
          return;
        }
        case 'keep':
          if (currentEdit(id)?.server.status === 'outdated') void keep(id);
          return;
        case 'approveAndNext':
          if (canReview && currentEdit(id)?.server.status === 'submitted') {
            void approve(id);
            move(step(id, 1));
          }
          return;
        case 'reject':
          if (canReview && currentEdit(id)?.server.status === 'submitted') setRejectingId(id);
          return;
        case 'history':
        case 'comments':
        case 'memory':
          setPanelTab(command);
          return;
      }
    },
    // chooseFilter reads the current edits; it is recreated with them.
    [activeId, byId, flush, focusSegment, insertIntoActive, isUntranslated, keep, matches, shownIds, step, submit, translatable, chooseFilter, currentEdit, canReview, approve],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (helpOpen) return;
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      run(command, event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [run, helpOpen]);

  const handlers: RowHandlers = useMemo(
    () => ({
      activate: (id) => setActiveId(id),
      edit: (id, text) => {
        edit(id, text);
        setNotice(id, null);
      },
      leave: (id) => void flush(id),
      resolve,
      submit: (id) => void submit(id),
      keep: (id) => void keep(id),
      copySource: (id) => insertIntoActive(id, byId.get(id)?.source ?? ''),
      openPanel: (id, tab) => {
        setActiveId(id);
        setPanelTab(tab);
      },
      approve: (id) => void approve(id),
      reject,
      setRejecting: (id, open) => setRejectingId(open ? id : null),
      waive: async (id, checkId, reason) => {
        const current = currentEdit(id);
        if (!current) return null;
        if (current.save !== 'saved') await flush(id);
        const version = currentEdit(id)?.server.version ?? current.server.version;
        const outcome = await callApi<WaiverInfo>('POST', `/api/v1/segments/${encodeURIComponent(id)}/waivers`, { version, checkId, reason });
        if (outcome.kind !== 'ok') return outcome.message;
        setWaivers((all) => {
          const entry = all.get(id);
          const list = entry && entry.version === version ? entry.list.filter((waiver) => waiver.checkId !== checkId) : [];
          return new Map(all).set(id, { version, list: [...list, outcome.data] });
        });
        return null;
      },
      select: (id, isSelected) =>
        setSelected((current) => {
          const next = new Set(current);
          if (isSelected) next.add(id);
          else next.delete(id);
          return next;
        }),
    }),
    [edit, flush, resolve, submit, keep, insertIntoActive, byId, setNotice, approve, reject, currentEdit],
  );

  const revert = useCallback(
    async (toVersion: number) => {
      if (!activeId) return;
      const id = activeId;
      setNotice(id, await transition(id, (version) => editorApi.revert(id, toVersion, version), { replacesText: true }));
    },
    [activeId, transition, setNotice],
  );

  const commentCount = useCallback((segmentId: string, open: number) => {
    setOpenComments((current) => (current.get(segmentId) === open ? current : new Map(current).set(segmentId, open)));
  }, []);

  // Progress counts what the server has: words of translated segments, approved segments.
  const progress = useMemo(() => {
    let words = 0;
    let translatedWords = 0;
    let approved = 0;
    let translated = 0;
    for (const segment of translatable) {
      const status = edits[segment.id]?.server.status ?? 'untranslated';
      words += segment.words;
      if (status !== 'untranslated') {
        translatedWords += segment.words;
        translated += 1;
      }
      if (status === 'approved') approved += 1;
    }
    return { words, translatedWords, approved, translated, segments: translatable.length };
  }, [edits, translatable]);

  const summary = useMemo(() => {
    const values = Object.values(edits);
    const count = (state: SegmentEdit['save']) => values.filter((value) => value.save === state).length;
    if (count('conflict')) return { tone: 'danger', text: t('editor.summary.conflicts', { count: count('conflict') }) };
    if (count('failed')) return { tone: 'danger', text: t('editor.summary.offline', { count: count('failed') }) };
    if (count('refused')) return { tone: 'danger', text: t('editor.summary.refused', { count: count('refused') }) };
    if (unsavedCount) return { tone: 'info', text: t('editor.summary.saving') };
    return { tone: 'success', text: t('editor.summary.saved') };
  }, [edits, unsavedCount, t]);

  const totalOpenComments = useMemo(() => [...openComments.values()].reduce((sum, count) => sum + count, 0), [openComments]);
  const active = activeId ? byId.get(activeId) : undefined;
  const number = (value: number) => value.toLocaleString(locale);

  return (
    <div className={styles.editor} data-layout="wide" data-ready={ready || undefined}>
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
            <button type="button" className={styles.linkButton} onClick={() => chooseFilter('comments')}>
              {t('editor.openCommentsTotal', { count: totalOpenComments })}
            </button>
          )}
          <label className={styles.control}>
            {t('editor.filter.label')}
            <select value={filter} onChange={(event) => chooseFilter(event.target.value as EditorFilter)}>
              {editorFilters.map((name) => (
                <option key={name} value={name}>
                  {t(`editor.filter.${name}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.control}>
            <input type="checkbox" checked={sourceView === 'markdown'} onChange={(event) => setSourceView(event.target.checked ? 'markdown' : 'rendered')} />
            {t('editor.showMarkdown')}
          </label>
          <p className={styles.summary} data-tone={summary.tone} role="status" aria-live="polite">
            {summary.text}
          </p>
          {canReview && selected.size > 0 && (
            <Button type="button" size="small" onClick={() => void approveSelected()}>
              {t('editor.review.approveSelected', { count: selected.size })}
            </Button>
          )}
          <Button type="button" size="small" variant="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="F1">
            {t('editor.shortcutsButton')}
          </Button>
        </div>
      </header>
      <div className={styles.body}>
        {shown.length === 0 ? (
          <p className={styles.empty}>{t('editor.filter.none')}</p>
        ) : (
          <ol className={styles.rows} aria-label={t('editor.segmentsLabel')}>
            {shown.map((segment) => (
              <SegmentRow
                key={segment.id}
                segment={segment}
                edit={edits[segment.id]}
                active={segment.id === activeId}
                focusRequest={segment.id === activeId ? focusRequest : 0}
                sourceView={sourceView}
                openComments={openComments.get(segment.id) ?? 0}
                notice={notices.get(segment.id) ?? null}
                review={canReview ? reviewState(segment.id, selected, rejectingId) : null}
                waivers={currentWaivers(waivers.get(segment.id), edits[segment.id]?.server.version)}
                quality={quality}
                handlers={handlers}
              />
            ))}
          </ol>
        )}
        <SidePanel
          segmentId={active?.translatable ? active.id : null}
          segmentNumber={active ? active.position + 1 : null}
          currentVersion={active ? (edits[active.id]?.server.version ?? 0) : 0}
          tab={panelTab}
          onTab={setPanelTab}
          onRevert={revert}
          onCommentCount={commentCount}
          matches={matches}
          onInsertMatch={(index) => {
            const match = matches.state === 'ready' ? matches.value[index] : undefined;
            if (active && match) insertIntoActive(active.id, match.target);
          }}
        />
      </div>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
