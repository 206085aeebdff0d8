import 'server-only';
import {
  articleStage,
  dashboardFilters,
  emptyCounts,
  matchesFilter,
  nextAction,
  translatedOf,
  totalOf,
  type ArticleStage,
  type DashboardFilter,
  type NextAction,
  type StatusCounts,
} from '@/lib/domain/dashboard.ts';
import { can } from '@/lib/domain/permissions.ts';
import { workableArticlesWhere } from '../core/article-access.ts';
import { db } from '../core/db.ts';
import type { Viewer } from '../core/viewer-types.ts';

export type DashboardItem = {
  slug: string;
  title: string;
  titleZh: string | null;
  stage: ArticleStage;
  counts: StatusCounts;
  total: number;
  translated: number;
  assignees: string[];
  /** Whether the viewer is assigned to it. */
  mine: boolean;
  /** Archived by an admin: shown by the `archived` filter only. */
  archived: boolean;
  /** The latest change to a translation, the article or its publication. */
  lastActivity: Date;
  next: NextAction;
};

/**
 * The workspace home for `viewer`: the articles they may work on (as `listArticles`), each with its
 * stage, progress, assignees, last activity and the viewer's next action, most recently active
 * first, narrowed by `filter`. `counts` are over the filtered list's unfiltered source: the number of
 * articles each filter would show.
 */
export async function workspaceDashboard(viewer: Viewer, filter: DashboardFilter): Promise<{ items: DashboardItem[]; counts: Record<DashboardFilter, number> }> {
  const articles = await db.article.findMany({
    where: await workableArticlesWhere(viewer, db, { includeArchived: true }),
    select: {
      id: true,
      archivedAt: true,
      slug: true,
      title: true,
      titleZh: true,
      status: true,
      updatedAt: true,
      assignments: { orderBy: { createdAt: 'asc' }, select: { userId: true, user: { select: { name: true } } } },
      publications: { orderBy: { number: 'desc' }, take: 1, select: { publishedAt: true } },
    },
  });
  const abilities = {
    mayReview: can(viewer, 'translations:review'),
    mayPublish: can(viewer, 'articles:publish'),
    mayTranslate: can(viewer, 'translations:edit'),
  };
  const all = await Promise.all(
    articles.map(async (article): Promise<DashboardItem> => {
      const [counts, latest] = await Promise.all([
        statusCountsOf(article.id),
        db.translation.aggregate({ where: currentTranslations(article.id), _max: { updatedAt: true } }),
      ]);
      const publishedAt = article.publications[0]?.publishedAt ?? null;
      const changedSincePublished = publishedAt !== null && (await changedSince(article.id, publishedAt));
      const stage = articleStage(counts, article.status === 'published', changedSincePublished);
      const times = [article.updatedAt, latest._max.updatedAt, publishedAt].filter((time): time is Date => time !== null);
      return {
        slug: article.slug,
        title: article.title,
        titleZh: article.titleZh,
        stage,
        counts,
        total: totalOf(counts),
        translated: translatedOf(counts),
        assignees: article.assignments.map((assignment) => assignment.user.name),
        archived: article.archivedAt !== null,
        mine: viewer.id !== null && article.assignments.some((assignment) => assignment.userId === viewer.id),
        lastActivity: new Date(Math.max(...times.map((time) => time.getTime()))),
        next: nextAction(counts, stage, abilities),
      };
    }),
  );
  all.sort((first, second) => second.lastActivity.getTime() - first.lastActivity.getTime());
  const counts = Object.fromEntries(dashboardFilters.map((name) => [name, all.filter((item) => matchesFilter(name, item)).length])) as Record<DashboardFilter, number>;
  return { items: all.filter((item) => matchesFilter(filter, item)), counts };
}

/** Whether a translation or the English (a segment added or removed by a source update) changed after `time`. */
async function changedSince(articleId: string, time: Date): Promise<boolean> {
  const [translations, segments] = await Promise.all([
    db.translation.count({ where: { segment: { articleId, translatable: true }, updatedAt: { gt: time } } }),
    db.segment.count({ where: { articleId, translatable: true, OR: [{ createdAt: { gt: time } }, { archivedAt: { gt: time } }] } }),
  ]);
  return translations + segments > 0;
}

const currentTranslations = (articleId: string) => ({ segment: { articleId, translatable: true, archivedAt: null } });

/** An article's translatable segments as they stand, counted by the status of their translation. */
export async function statusCountsOf(articleId: string): Promise<StatusCounts> {
  const byStatus = await db.translation.groupBy({ by: ['status'], where: currentTranslations(articleId), _count: { _all: true } });
  const counts = emptyCounts();
  for (const row of byStatus) counts[row.status] = row._count._all;
  return counts;
}
