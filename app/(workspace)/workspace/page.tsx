import Link from 'next/link';
import { buttonClassName } from '@/components/ui/button.tsx';
import { listArticles } from '@/lib/dal/articles/articles.ts';
import { requireViewer } from '@/lib/auth/viewer.ts';
import { can } from '@/lib/domain/permissions.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';

export default async function WorkspacePage() {
  const { t } = await getTranslator();
  const { viewer, articles } = await loadPage(async () => {
    const viewer = await requireViewer();
    return { viewer, articles: await listArticles(viewer) };
  }, '/workspace');
  return (
    <section>
      <h1>{can(viewer, 'articles:read-all') ? t('workspace.allArticles') : t('workspace.myArticles')}</h1>
      {can(viewer, 'articles:import') && (
        <p>
          <Link href="/workspace/import" className={buttonClassName('secondary')}>
            {t('importArticle.title')}
          </Link>
        </p>
      )}
      {articles.length === 0 ? (
        <p>{t('workspace.empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`/workspace/articles/${article.slug}`}>{article.title}</Link>
              {article.titleZh && <span lang="zh-CN"> · {article.titleZh}</span>}
              <Link href={`/workspace/articles/${article.slug}/edit`} className={buttonClassName('secondary', 'small')}>
                {t('editor.open')}
              </Link>
              <progress value={article.progress.approved} max={Math.max(article.progress.total, 1)} aria-label={t('workspace.progress')} />
              <span>{t('workspace.progressValue', article.progress)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
