import Link from 'next/link';
import { Badge, type Tone } from '@/components/ui/badge.tsx';
import { buttonClassName } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Progress } from '@/components/ui/progress.tsx';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { workspaceDashboard, type DashboardItem } from '@/lib/dal/articles/dashboard.ts';
import { dashboardFilters, readDashboardFilter, type ArticleStage, type DashboardFilter } from '@/lib/domain/dashboard.ts';
import { can } from '@/lib/domain/permissions.ts';
import type { Translator } from '@/lib/i18n/translate.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import styles from './dashboard.module.css';

const stageTone = {
  untranslated: 'neutral',
  'in-progress': 'info',
  'in-review': 'warning',
  ready: 'success',
  published: 'success',
  outdated: 'danger',
} as const satisfies Record<ArticleStage, Tone>;

/**
 * The workspace home a translator or reviewer starts the day from: every article they may work on,
 * where it stands, who is on it, and the one thing to do next, with filters.
 */
export default async function WorkspacePage({ searchParams }: PageProps<'/workspace'>) {
  const { t, locale } = await getTranslator();
  const filter = readDashboardFilter((await searchParams).filter);
  const { viewer, dashboard } = await loadPage(async () => {
    const viewer = await requireViewer();
    return { viewer, dashboard: await workspaceDashboard(viewer, filter) };
  }, '/workspace');
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const mayImport = can(viewer, 'articles:import');
  return (
    <section className="stack">
      <div className={styles.heading}>
        <h1>{can(viewer, 'articles:read-all') ? t('workspace.allArticles') : t('workspace.myArticles')}</h1>
        {mayImport && (
          <Link href="/workspace/import" className={buttonClassName('secondary')}>
            {t('importArticle.title')}
          </Link>
        )}
      </div>
      {dashboard.counts.all + dashboard.counts.archived > 0 && (
        <nav aria-label={t('dashboard.filters.label')} className={styles.filters}>
          {dashboardFilters.filter((name) => name !== 'archived' || dashboard.counts.archived > 0 || filter === 'archived').map((name) => (
            <Link
              key={name}
              href={name === 'all' ? '/workspace' : `/workspace?filter=${name}`}
              className={styles.filter}
              aria-current={name === filter ? 'page' : undefined}
            >
              {t(`dashboard.filters.${name}`, { count: dashboard.counts[name] })}
            </Link>
          ))}
        </nav>
      )}
      {dashboard.items.length === 0 ? (
        <DashboardEmpty t={t} filter={filter} mayImport={mayImport} />
      ) : (
        <ul className={styles.list}>
          {dashboard.items.map((item) => (
            <ArticleCard key={item.slug} item={item} t={t} lastActivity={time.format(item.lastActivity)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ArticleCard({ item, t, lastActivity }: { item: DashboardItem; t: Translator; lastActivity: string }) {
  const editor = `/workspace/articles/${item.slug}/edit`;
  const nextHref = item.next.kind === 'publish' ? `/workspace/articles/${item.slug}` : item.next.kind === 'review' ? `${editor}?filter=submitted` : editor;
  const count = 'count' in item.next ? item.next.count : 0;
  return (
    <li className={styles.card}>
      <div className={styles.titles}>
        <h2 className={styles.title}>
          <Link href={`/workspace/articles/${item.slug}`}>{item.title}</Link>
        </h2>
        {item.titleZh && (
          <p lang="zh-CN" className={styles.titleZh}>
            {item.titleZh}
          </p>
        )}
      </div>
      <div className={styles.stage}>
        <Badge tone={stageTone[item.stage]}>{t(`dashboard.stage.${item.stage}`)}</Badge>
      </div>
      <div className={styles.progress}>
        <Progress label={t('dashboard.translated', { done: item.translated, total: item.total })} value={item.translated} total={item.total} />
        <Progress label={t('dashboard.approved', { done: item.counts.approved, total: item.total })} value={item.counts.approved} total={item.total} tone="success" />
      </div>
      <p className={styles.meta}>
        <span>{item.assignees.length ? t('dashboard.assignees', { names: item.assignees.join(', ') }) : t('dashboard.nobodyAssigned')}</span>
        <span>{t('dashboard.lastActivity', { time: lastActivity })}</span>
      </p>
      <div className={styles.actions}>
        <Link href={nextHref} className={buttonClassName(item.next.kind === 'none' || item.next.kind === 'wait-for-review' ? 'secondary' : 'primary', 'small')}>
          {t(`dashboard.next.${item.next.kind}`, { count })}
        </Link>
      </div>
    </li>
  );
}

function DashboardEmpty({ t, filter, mayImport }: { t: Translator; filter: DashboardFilter; mayImport: boolean }) {
  if (filter !== 'all') {
    return (
      <EmptyState
        action={
          <Link href="/workspace" className={buttonClassName('secondary')}>
            {t('dashboard.empty.showAll')}
          </Link>
        }
      >
        <p>{t('dashboard.empty.filtered')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t('dashboard.empty.title')}
      action={
        mayImport && (
          <Link href="/workspace/import" className={buttonClassName('primary')}>
            {t('importArticle.title')}
          </Link>
        )
      }
    >
      <p>{mayImport ? t('dashboard.empty.importHint') : t('dashboard.empty.translatorHint')}</p>
    </EmptyState>
  );
}
