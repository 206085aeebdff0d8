import type { TranslationStatus } from './workflow.ts';

/*
 * The workspace home: where each article stands and what the person looking at it should do next.
 * Pure, so the rules are tested without a database; lib/dal/articles/dashboard.ts gathers the counts.
 */

/** Translatable segments of an article by the status of their translation. */
export type StatusCounts = Record<TranslationStatus, number>;

export type ArticleStage =
  /** No segment has Chinese yet. */
  | 'untranslated'
  /** Some segments still need words: untranslated, draft, rejected or outdated. */
  | 'in-progress'
  /** Every segment has been submitted or approved, and some wait for a reviewer. */
  | 'in-review'
  /** Every segment is approved and the article is not published (or no longer is). */
  | 'ready'
  /** Published, and nothing has changed since. */
  | 'published'
  /** Published, but the translation or the English changed since: the readers see an older version. */
  | 'outdated';

export type NextAction =
  | { kind: 'translate'; count: number }
  | { kind: 'fix-rejected'; count: number }
  | { kind: 'update-outdated'; count: number }
  | { kind: 'review'; count: number }
  | { kind: 'publish' }
  | { kind: 'wait-for-review'; count: number }
  | { kind: 'none' };

export const emptyCounts = (): StatusCounts => ({ untranslated: 0, draft: 0, submitted: 0, approved: 0, rejected: 0, outdated: 0 });

export const totalOf = (counts: StatusCounts) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** Segments with Chinese written for their current English: a draft counts, an outdated one does not. */
export const translatedOf = (counts: StatusCounts) => counts.draft + counts.submitted + counts.approved;

/**
 * `published` is whether the article is published now; `changedSincePublished` whether any translation
 * or the English changed after its latest publication.
 */
export function articleStage(counts: StatusCounts, published: boolean, changedSincePublished: boolean): ArticleStage {
  const total = totalOf(counts);
  if (published) return changedSincePublished || counts.approved < total ? 'outdated' : 'published';
  if (total > 0 && counts.approved === total) return 'ready';
  if (translatedOf(counts) + counts.rejected + counts.outdated === 0) return 'untranslated';
  if (counts.untranslated + counts.draft + counts.rejected + counts.outdated === 0) return 'in-review';
  return 'in-progress';
}

/**
 * What the viewer should do next on this article, the most pressing first: a reviewer reviews what
 * waits for them and publishes what is ready; a translator fixes what was rejected, brings outdated
 * segments up to date, then translates the rest, and otherwise waits for review.
 */
export function nextAction(counts: StatusCounts, stage: ArticleStage, viewer: { mayReview: boolean; mayPublish: boolean; mayTranslate: boolean }): NextAction {
  if (viewer.mayReview && counts.submitted > 0) return { kind: 'review', count: counts.submitted };
  if (viewer.mayPublish && (stage === 'ready' || (stage === 'outdated' && counts.approved === totalOf(counts)))) return { kind: 'publish' };
  if (viewer.mayTranslate) {
    if (counts.rejected > 0) return { kind: 'fix-rejected', count: counts.rejected };
    if (counts.outdated > 0) return { kind: 'update-outdated', count: counts.outdated };
    const toTranslate = counts.untranslated + counts.draft;
    if (toTranslate > 0) return { kind: 'translate', count: toTranslate };
    if (counts.submitted > 0) return { kind: 'wait-for-review', count: counts.submitted };
  }
  return { kind: 'none' };
}

export const dashboardFilters = ['all', 'mine', 'needs-review', 'outdated', 'archived'] as const;
export type DashboardFilter = (typeof dashboardFilters)[number];

export function readDashboardFilter(value: unknown): DashboardFilter {
  return dashboardFilters.includes(value as DashboardFilter) ? (value as DashboardFilter) : 'all';
}

/** Archived articles are shown by the `archived` filter only. */
export function matchesFilter(filter: DashboardFilter, item: { mine: boolean; counts: StatusCounts; stage: ArticleStage; archived?: boolean }): boolean {
  if (filter === 'archived') return item.archived === true;
  if (item.archived) return false;
  switch (filter) {
    case 'mine':
      return item.mine;
    case 'needs-review':
      return item.counts.submitted > 0;
    case 'outdated':
      return item.stage === 'outdated' || item.counts.outdated > 0;
    default:
      return true;
  }
}
