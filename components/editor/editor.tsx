'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EditorArticle, ServerTranslation } from '@/lib/contracts/editor.ts';
import { isBulkSubmittable } from '@/lib/domain/bulk-review.ts';
import { createGlossaryMatcher } from '@/lib/domain/glossary/find-glossary-terms.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { ArticleFindings, type ArticleFinding } from './article-findings.tsx';
import { BulkButtons, BulkReportPanel } from './bulk-actions.tsx';
import type { EditorFilter } from './filters.ts';
import { FindReplaceDialog } from './find-replace.tsx';
import { HelpDialog } from './help-dialog.tsx';
import { SegmentRow, targetId, type RowHandlers, type SourceView } from './segment-row.tsx';
import { SidePanel, type PanelTab } from './side-panel.tsx';
import { EditorToolbar } from './toolbar.tsx';
import { useActiveSegment } from './use-active-segment.ts';
import { checkedTextOf, countFindings, useArticleFindings } from './use-article-findings.ts';
import { useBulkActions } from './use-bulk-actions.ts';
import { useChecker } from './use-checker.ts';
import { useCommands } from './use-commands.ts';
import { useEdits } from './use-edits.ts';
import { useFindReplace } from './use-find-replace.ts';
import { insertableSuggestions, useMachineSuggestion } from './use-machine-suggestion.ts';
import { useMemoryMatches } from './use-memory-matches.ts';
import { useReviewSelection } from './use-review-selection.ts';
import { useSegmentFilter } from './use-segment-filter.ts';
import { useTranslationActions } from './use-translation-actions.ts';
import { useWaivers, waiversAt } from './use-waivers.ts';
import styles from './editor.module.css';
import shared from './shared.module.css';

/** Inserts `text` at the caret of the segment's textarea (or replaces an empty one) and returns the result. */
function insertAtCaret(segmentId: string, current: string, text: string): string {
  const textarea = document.getElementById(targetId(segmentId));
  if (!(textarea instanceof HTMLTextAreaElement) || current === '') return current === '' ? text : `${current}${text}`;
  textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
  return textarea.value;
}

type Props = { article: EditorArticle; initialSegmentId: string | null; initialFilter?: EditorFilter };

/** The side-by-side editor for one article. */
export function Editor({ article, initialSegmentId, initialFilter = 'all' }: Props) {
  const { t } = useTranslator();
  const { segments, glossary } = article;
  const canReview = article.viewer.canReview;
  const byId = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  const translatable = useMemo(() => segments.filter((segment) => segment.translatable), [segments]);
  const editing = useEdits(
    useMemo(() => translatable.map((segment): [string, ServerTranslation] => [segment.id, segment.translation]), [translatable]),
    { reviewer: canReview },
  );
  const { edits, edit, flush, resolve, current } = editing;

  const [openComments, setOpenComments] = useState(() => new Map(segments.map((segment) => [segment.id, segment.openComments])));
  const { activeId, focusRequest, activate, focus } = useActiveSegment(initialSegmentId, (id) => byId.has(id));
  const checker = useChecker();
  const { waivers, waive } = useWaivers(segments, editing);
  const articleFindings = useArticleFindings(checker, glossary, translatable, edits);
  const findingsOf = useCallback(
    (id: string) => countFindings(checkedTextOf(articleFindings, id).findings, waiversAt(waivers, id, current(id)?.server.version)),
    [articleFindings, waivers, current],
  );
  const view = useSegmentFilter(initialFilter, { segments, byId, edits, openComments, findingsOf });
  const [sourceView, setSourceView] = useState<SourceView>('rendered');
  const [panelTab, setPanelTab] = useState<PanelTab>('history');
  const [helpOpen, setHelpOpen] = useState(false);
  const quality = useMemo(() => ({ checker, glossary, matchGlossary: createGlossaryMatcher(glossary), canWaive: canReview }), [checker, glossary, canReview]);
  const segmentById = useCallback((id: string) => byId.get(id), [byId]);
  const { notices, setNotice, submit, keep, revert } = useTranslationActions({ edits: editing, segment: segmentById, checker, glossary });
  const review = useReviewSelection(editing, setNotice);
  const { approve, reject, select, setRejecting } = review;
  const active = activeId ? byId.get(activeId) : undefined;
  const matches = useMemoryMatches(active?.source ?? null);
  const machine = useMachineSuggestion(active?.translatable ? active.id : null);
  const inPlace = useMemo(
    () => ({ items: insertableSuggestions(matches.state === 'ready' ? matches.value : [], machine), machine }),
    [matches, machine],
  );
  // Set once the editor is interactive (hydrated, shortcuts listening): tests and the benchmark wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const insert = useCallback(
    (id: string, text: string) => {
      const segmentEdit = current(id);
      if (segmentEdit) edit(id, insertAtCaret(id, segmentEdit.draft, text));
    },
    [edit, current],
  );
  const copySource = useCallback((id: string) => insert(id, byId.get(id)?.source ?? ''), [insert, byId]);
  const insertMatch = (id: string, index: number) => {
    const suggestion = inPlace.items[index];
    if (suggestion) insert(id, suggestion.text);
  };

  const navigable = useMemo(() => view.shown.flatMap((segment) => (segment.translatable ? [segment.id] : [])), [view.shown]);
  const translatableIds = useMemo(() => translatable.map((segment) => segment.id), [translatable]);
  const bulk = useBulkActions({ slug: article.slug, translatableIds, edits: editing });
  const [findOpen, setFindOpen] = useState(false);
  const findReplace = useFindReplace({ slug: article.slug, translatableIds, edits: editing });
  // Bulk actions take the rows the filter shows (off-screen ones too), or the whole article.
  const bulkScope = view.filtered ? navigable : undefined;
  const submittableCount = useMemo(() => navigable.filter((id) => edits[id] && isBulkSubmittable(edits[id].server)).length, [navigable, edits]);
  const shownSubmitted = useMemo(() => navigable.filter((id) => edits[id]?.server.status === 'submitted'), [navigable, edits]);
  const [qaOpen, setQaOpen] = useState(false);
  const qaTotals = useMemo(
    () => translatable.reduce((totals, segment) => {
      const counts = findingsOf(segment.id);
      return { errors: totals.errors + counts.errors, warnings: totals.warnings + counts.warnings };
    }, { errors: 0, warnings: 0 }),
    [translatable, findingsOf],
  );
  const qaList = useMemo((): ArticleFinding[] => {
    if (!qaOpen) return [];
    const list = translatable.flatMap((segment) => {
      const { text, findings } = checkedTextOf(articleFindings, segment.id);
      const waived = new Set(waiversAt(waivers, segment.id, current(segment.id)?.server.version).map((waiver) => waiver.checkId));
      return findings.map((finding) => ({ segmentId: segment.id, number: segment.position + 1, target: text, finding, waived: finding.severity === 'error' && waived.has(finding.checkId) }));
    });
    const rank = (item: ArticleFinding) => (item.finding.severity === 'error' && !item.waived ? 0 : 1);
    return list.sort((a, b) => rank(a) - rank(b) || a.number - b.number);
  }, [qaOpen, translatable, articleFindings, waivers, current]);
  const openSegment = (id: string) => {
    if (!view.shown.some((segment) => segment.id === id)) view.choose('all');
    focus(id);
  };
  useCommands(
    {
      activeId,
      navigable,
      translatable: translatableIds,
      filtered: view.filtered,
      canReview,
      statusOf: (id) => current(id)?.server.status,
      isUntranslated: (id) => current(id)?.draft.trim() === '',
    },
    {
      openHelp: () => setHelpOpen(true),
      openFindReplace: () => setFindOpen(true),
      showAll: () => view.choose('all'),
      focus: ({ id }) => focus(id),
      save: ({ id }) => void flush(id),
      submit: ({ id }) => void submit(id),
      copySource: ({ id }) => copySource(id),
      insertMatch: ({ id, index }) => insertMatch(id, index),
      keep: ({ id }) => void keep(id),
      approve: ({ id }) => void approve(id),
      openReject: ({ id }) => setRejecting(id, true),
      openPanel: ({ tab }) => setPanelTab(tab),
    },
    helpOpen || findOpen,
  );

  const handlers: RowHandlers = useMemo(
    () => ({
      activate,
      edit: (id, text) => {
        edit(id, text);
        setNotice(id, null);
      },
      leave: (id) => void flush(id),
      resolve,
      submit: (id) => void submit(id),
      keep: (id) => void keep(id),
      copySource,
      openPanel: (id, tab) => {
        activate(id);
        setPanelTab(tab);
      },
      approve: (id) => void approve(id),
      reject,
      setRejecting,
      select,
      waive,
      insert,
      composing: editing.composing,
    }),
    [activate, edit, setNotice, flush, resolve, submit, keep, copySource, approve, reject, setRejecting, select, waive, insert, editing.composing],
  );

  const revertActive = useCallback(async (toVersion: number) => {
    if (activeId) await revert(activeId, toVersion);
  }, [activeId, revert]);

  const countComments = useCallback((segmentId: string, open: number) => {
    setOpenComments((all) => (all.get(segmentId) === open ? all : new Map(all).set(segmentId, open)));
  }, []);

  return (
    <div className={styles.editor} data-layout="wide" data-ready={ready || undefined}>
      <EditorToolbar
        article={article}
        translatable={translatable}
        edits={edits}
        openComments={openComments}
        filter={view.filter}
        onFilter={view.choose}
        sourceView={sourceView}
        onSourceView={setSourceView}
        selectedCount={canReview ? review.selectedCount : null}
        onApproveSelected={() => void review.approveSelected()}
        onHelp={() => setHelpOpen(true)}
        bulkButtons={
          <>
          <button type="button" className={`${shared.linkButton} ${styles.qaButton}`} aria-expanded={qaOpen} onClick={() => setQaOpen(!qaOpen)} data-errors={qaTotals.errors}>
            {t('editor.qa.button', qaTotals)}
          </button>
          <button type="button" className={shared.linkButton} onClick={() => setFindOpen(true)} aria-keyshortcuts="Control+H">
            {t('findReplace.button')}
          </button>
          <BulkButtons
            filtered={view.filtered}
            submittable={submittableCount}
            submitted={canReview ? shownSubmitted.length : null}
            pending={bulk.pending}
            onSubmitAll={() => void bulk.submitAll(bulkScope)}
            onApproveAll={() => void bulk.approveAll(bulkScope)}
            onSelectShown={() => review.selectMany(shownSubmitted)}
          />
          </>
        }
      />
      {qaOpen && (
        <ArticleFindings findings={qaList} checked={articleFindings.size} total={translatable.length} onOpen={openSegment} onClose={() => setQaOpen(false)} />
      )}
      {bulk.report && (
        <BulkReportPanel
          report={bulk.report}
          numberOf={(id) => (byId.has(id) ? byId.get(id)!.position + 1 : null)}
          onOpen={openSegment}
          onDismiss={bulk.dismiss}
        />
      )}
      <div className={styles.body}>
        {view.shown.length === 0 ? (
          <p className={styles.empty}>{t('editor.filter.none')}</p>
        ) : (
          <ol className={styles.rows} aria-label={t('editor.segmentsLabel')}>
            {view.shown.map((segment) => (
              <SegmentRow
                key={segment.id}
                segment={segment}
                edit={edits[segment.id]}
                active={segment.id === activeId}
                focusRequest={segment.id === activeId ? focusRequest : 0}
                sourceView={sourceView}
                openComments={openComments.get(segment.id) ?? 0}
                notice={notices.get(segment.id) ?? null}
                review={canReview ? review.reviewOf(segment.id) : null}
                waivers={waiversAt(waivers, segment.id, edits[segment.id]?.server.version)}
                checkedText={checkedTextOf(articleFindings, segment.id)}
                suggestions={segment.id === activeId ? inPlace : null}
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
          onRevert={revertActive}
          onCommentCount={countComments}
          matches={matches}
          onInsertMatch={(index) => {
            const match = matches.state === 'ready' ? matches.value[index] : undefined;
            if (active && match) insert(active.id, match.target);
          }}
        />
      </div>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <FindReplaceDialog
        open={findOpen}
        onClose={() => {
          setFindOpen(false);
          // A preview is of the texts as they were; reopening starts from a fresh one.
          findReplace.reset();
        }}
        shownIds={view.filtered ? navigable : null}
        numberOf={(id) => (byId.has(id) ? byId.get(id)!.position + 1 : null)}
        findReplace={findReplace}
      />
    </div>
  );
}
