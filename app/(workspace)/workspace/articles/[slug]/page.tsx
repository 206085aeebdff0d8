import { getArticleWorkspaceOrThrow } from '@/lib/dal/articles.ts';
import { requireViewer } from '@/lib/dal/viewer.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { getTranslator } from '@/lib/i18n/server.ts';
import { loadPage } from '@/lib/server/load-page.ts';
import { ExportLinks } from './_components/export-links.tsx';

export default async function ArticleWorkspacePage({ params }: PageProps<'/workspace/articles/[slug]'>) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const article = await loadPage(
    async () => getArticleWorkspaceOrThrow(await requireViewer(), slug),
    `/workspace/articles/${slug}`,
  );
  return (
    <section>
      <h1>{article.title}</h1>
      {article.titleZh && <p lang="zh-CN">{article.titleZh}</p>}
      <ExportLinks slug={article.slug} />
      <table className="segments">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('reader.english')}</th>
            <th scope="col">{t('reader.chinese')}</th>
            <th scope="col">{t('workspace.segments')}</th>
          </tr>
        </thead>
        <tbody>
          {article.segments.map((segment) => (
            <tr key={segment.id} data-translatable={segment.translatable}>
              <td>{segment.position + 1}</td>
              <td lang="en">
                <pre className="segment-source">{segmentContent(segment.source)}</pre>
              </td>
              <td lang="zh-CN">
                <pre className="segment-source">{segment.translation?.text}</pre>
              </td>
              <td>{segment.translatable ? t(`workspace.status.${segment.translation?.status ?? 'untranslated'}`) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
